package dev.fearless.checker.verdict;

/** The two properties of a type that the checker proves, Rust's {@code Send} and {@code Sync}. */
public enum Property {
    /** A value may be moved to another thread. */
    SEND("Send"),
    /** A value may be reachable from several threads at once. */
    SYNC("Sync");

    private final String display;

    Property(String display) {
        this.display = display;
    }

    /** The name users read in diagnostics: {@code Send} or {@code Sync}. */
    public String display() {
        return display;
    }
}
