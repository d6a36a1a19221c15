package dev.fearless.checker.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last line of a run: {@code checked 600 files: no errors}, or {@code checked 600 files: 3 errors in 2
 * files}, with {@code , 1 warning} and {@code , 1 internal error} after it where there are any (an internal
 * error means a class was not checked).
 *
 * @param checked       the files given to javac
 * @param errors        error diagnostics, javac's and the checker's, and the plugin's option errors
 * @param filesInError  files with at least one error
 * @param warnings      warnings
 * @param internalErrors the plugin's internal failures
 */
record Summary(int checked, int errors, int filesInError, int warnings, int internalErrors) {

    static Summary of(int checked, List<CliDiagnostic> diagnostics) {
        int errors = 0;
        int warnings = 0;
        int internal = 0;
        Set<String> files = new HashSet<>();
        for (CliDiagnostic d : diagnostics) {
            switch (d.severity()) {
                case ERROR, CONFIGURATION -> {
                    errors++;
                    d.file().ifPresent(f -> files.add(f.name()));
                }
                case WARNING -> warnings++;
                case INTERNAL_ERROR -> internal++;
            }
        }
        return new Summary(checked, errors, files.size(), warnings, internal);
    }

    String line(Style style) {
        List<String> parts = new ArrayList<>();
        if (errors == 0) {
            parts.add("no errors");
        } else {
            parts.add(style.error(count(errors, "error")
                    + (filesInError > 0 ? " in " + count(filesInError, "file") : "")));
        }
        if (warnings > 0) {
            parts.add(style.warning(count(warnings, "warning")));
        }
        if (internalErrors > 0) {
            parts.add(style.error(count(internalErrors, "internal error")));
        }
        return "checked " + count(checked, "file") + ": " + String.join(", ", parts);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
