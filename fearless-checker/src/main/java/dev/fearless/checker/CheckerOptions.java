package dev.fearless.checker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plugin's options, given after its name: {@code -Xplugin:Fearless strict table=extra.table}.
 *
 * @param strict true when a type the checker knows nothing about is an error (Rust's unbounded {@code T})
 * @param tables extra type-table files whose rows are added to (and override) the JDK table
 */
public record CheckerOptions(boolean strict, List<Path> tables) {

    public CheckerOptions {
        tables = List.copyOf(tables);
    }

    /** Parses plugin arguments; an unknown one is an error the user should see. */
    public static CheckerOptions parse(String... args) {
        boolean strict = false;
        List<Path> tables = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("strict")) {
                strict = true;
            } else if (arg.startsWith("table=")) {
                tables.add(Path.of(arg.substring("table=".length())));
            } else {
                throw new IllegalArgumentException("Fearless: unknown option `" + arg
                        + "` (known: strict, table=FILE)");
            }
        }
        return new CheckerOptions(strict, tables);
    }
}
