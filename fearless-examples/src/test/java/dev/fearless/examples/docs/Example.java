package dev.fearless.examples.docs;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One code example of the documentation: the file and line where it starts (its {@code <pre>} or its
 * Markdown fence), and its code.
 *
 * <p>Convention for what an example leaves out: a body written <code>{ ... }</code> is elided. After the
 * closing parenthesis of a method or constructor declaration it stands for a body that throws; anywhere else
 * (a class body) for an empty one. Any other {@code ...} is not a convention and does not compile.
 */
record Example(Path file, int line, String code) {
    private static final Pattern ELIDED_METHOD_BODY = Pattern.compile("\\)(\\s*throws\\s+[\\w.,\\s]+?)?\\s*\\{\\s*\\.\\.\\.\\s*}");
    private static final Pattern ELIDED_BODY = Pattern.compile("\\{\\s*\\.\\.\\.\\s*}");

    /** The code with the elided bodies filled in, so that it can compile. */
    String compilable() {
        String filled = ELIDED_METHOD_BODY.matcher(code)
                .replaceAll(m -> Matcher.quoteReplacement(")" + (m.group(1) == null ? "" : m.group(1))
                        + " { throw new UnsupportedOperationException(); }"));
        return ELIDED_BODY.matcher(filled).replaceAll("{ }");
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
