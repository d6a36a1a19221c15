package dev.fearless.checker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plugin's options, given after its name: {@code -Xplugin:Fearless strict table=extra.table}
 * ({@code warn-unknown} instead of {@code strict} reports unknown types as warnings).
 *
 * @param strict      true when a type the checker knows nothing about is an error (Rust's unbounded {@code T})
 * @param warnUnknown true when such a type is a warning (ignored with {@code strict}, where it is an error)
 * @param tables      extra type-table files whose rows are added to (and override) the JDK table
 */
public record CheckerOptions(boolean strict, boolean warnUnknown, List<Path> tables) {

    public CheckerOptions {
        tables = List.copyOf(tables);
    }

    /** Parses plugin arguments; an unknown one is an error the user should see. */
    public static CheckerOptions parse(String... args) {
        boolean strict = false;
        boolean warnUnknown = false;
        List<Path> tables = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("strict")) {
                strict = true;
            } else if (arg.equals("warn-unknown")) {
                warnUnknown = true;
            } else if (arg.startsWith("table=")) {
                tables.add(Path.of(arg.substring("table=".length())));
            } else {
                throw new IllegalArgumentException("Fearless: unknown option `" + arg
                        + "` (known: strict, warn-unknown, table=FILE)");
            }
        }
        return new CheckerOptions(strict, warnUnknown, tables);
    }
}
