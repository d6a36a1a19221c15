package dev.fearless.checker.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What the command line reads from its surroundings: whether standard output is a terminal, the environment
 * ({@code NO_COLOR}) and the working directory (the default source root).
 *
 * @param terminal   whether output goes to a terminal (colour and the progress line are for terminals only)
 * @param env        the environment's variables
 * @param workingDir the current directory
 */
record Terminal(boolean terminal, Function<String, String> env, Path workingDir) {

    /** This process's surroundings. */
    static Terminal system() {
        return new Terminal(isTerminal(), System::getenv, Path.of("").toAbsolutePath());
    }

    /** Not a terminal, an empty environment, the current directory: what tests and pipes see. */
    static Terminal none() {
        return new Terminal(false, name -> null, Path.of("").toAbsolutePath());
    }

    /**
     * True when standard input and output are a terminal. Before JDK 22 {@code System.console()} is null
     * otherwise; from JDK 22 on it may exist all the same, and {@code Console.isTerminal()} tells.
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** True when {@code NO_COLOR} is set to something (no-color.org: an empty value does not count). */
    boolean noColor() {
        String value = env.apply("NO_COLOR");
        return value != null && !value.isEmpty();
    }
}
