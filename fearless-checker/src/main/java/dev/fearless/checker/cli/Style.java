package dev.fearless.checker.cli;

/** rustc's colours as ANSI escapes, or nothing: bold red errors, bold yellow warnings, a bold blue gutter. */
final class Style {
    private static final String RESET = "\u001b[0m";
    private final boolean on;

    Style(boolean on) {
        this.on = on;
    }

    boolean on() {
        return on;
    }

    String error(String s) {
        return paint("\u001b[1;91m", s);
    }

    String warning(String s) {
        return paint("\u001b[1;93m", s);
    }

    String gutter(String s) {
        return paint("\u001b[1;94m", s);
    }

    String bold(String s) {
        return paint("\u001b[1m", s);
    }

    private String paint(String escape, String s) {
        return on && !s.isEmpty() ? escape + s + RESET : s;
    }
}
