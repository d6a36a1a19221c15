package dev.fearless.checker.report;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fearless's diagnostic codes: stable and searchable, numbered after rustc's where the meaning is the
 * same. Each has a title and a long explanation, printed by the command-line tool's {@code explain CODE}.
 */
public enum Code {
    /** A value whose type is not Send (or not Sync) crosses a thread boundary: rustc's E0277. */
    F0277(false, "a value crosses to another thread although its type is not `Send` (or, where it is shared, not `Sync`)"),
    /** A value is used after it was moved to another thread, or raced on: rustc's E0382. */
    F0382(false, "a value is used after it was moved to another thread, or two threads can reach it while one changes it"),
    /** A warning: a thread is constructed with code but never started, so the code never runs on it. */
    F0100(true, "a thread is constructed with code but never started: the code never runs on another thread");

    /** How to run the tool that prints explanations, as the plugin was loaded: the jar's real path. */
    private static final String LAUNCH = launch();

    private final boolean warning;
    private final String title;

    Code(boolean warning, String title) {
        this.warning = warning;
        this.title = title;
    }

    /** Whether the code is a warning (the build goes on) rather than an error. */
    public boolean warning() {
        return warning;
    }

    /** One line that says what the code means. */
    public String title() {
        return title;
    }

    /**
     * The line that points to the long explanation. It names the jar the plugin was loaded from (in a Maven or
     * Gradle build, the one in the local repository or cache), so that it works as printed.
     */
    public String explainLine() {
        return LAUNCH + " --explain " + name();
    }

    private static String launch() {
        try {
            var source = Code.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path jar = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(jar) && jar.getFileName().toString().endsWith(".jar")) {
                    String shown = jar.toString();
                    return "java -jar " + (shown.contains(" ") ? "\"" + shown + "\"" : shown);
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the jar's usual name
        }
        return "java -jar fearless-checker.jar";
    }
}
