package dev.fearless.checker.report;

/**
 * Fearless's diagnostic codes: stable and searchable, numbered after rustc's where the meaning is the
 * same. Each has a long explanation, printed by {@code java -jar fearless-checker.jar --explain CODE}.
 */
public enum Code {
    /** A value whose type is not Send (or not Sync) crosses a thread boundary: rustc's E0277. */
    F0277,
    /** A value is used after it was moved to another thread, or raced on: rustc's E0382. */
    F0382;

    /** The line that points to the long explanation. */
    public String explainLine() {
        return "java -jar fearless-checker.jar --explain " + name();
    }
}
