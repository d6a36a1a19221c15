package dev.fearless.examples.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The code examples of Javadoc comments: every {@code <pre>{@code ...}</pre>} block, as text, with the
 * comment's leading {@code *} removed and the {@code {@code}} tag's braces balanced as javadoc balances them.
 *
 * <p>Convention for what an example leaves out: a body written <code>{ ... }</code> is elided. After the
 * closing parenthesis of a method or constructor declaration it stands for a body that throws; anywhere else
 * (a class body) for an empty one. Any other {@code ...} is not a convention and does not compile.
 */
final class JavadocExamples {
    private static final Pattern COMMENT_PREFIX = Pattern.compile("^\\s*\\*( ?)");
    private static final Pattern ELIDED_METHOD_BODY = Pattern.compile("\\)(\\s*throws\\s+[\\w.,\\s]+?)?\\s*\\{\\s*\\.\\.\\.\\s*}");
    private static final Pattern ELIDED_BODY = Pattern.compile("\\{\\s*\\.\\.\\.\\s*}");

    private JavadocExamples() {
    }

    /** One example: the file and line of its {@code <pre>}, and its code. */
    record Example(Path file, int line, String code) {
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

    /** The examples of every {@code .java} file under the directory, in file order. */
    static List<Example> under(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        List<Example> examples = new ArrayList<>();
        for (Path file : files) {
            examples.addAll(in(file));
        }
        return examples;
    }

    /** The examples of one source file. */
    static List<Example> in(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        String open = "<pre>{@code";
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(open);
            if (at < 0) {
                continue;
            }
            StringBuilder code = new StringBuilder();
            int depth = 1;   // the {@code tag's own brace
            String rest = lines.get(i).substring(at + open.length());
            int line = i;
            boolean closed = false;
            while (true) {
                for (int c = 0; c < rest.length(); c++) {
                    char ch = rest.charAt(c);
                    if (ch == '{') {
                        depth++;
                    } else if (ch == '}' && --depth == 0) {
                        code.append(rest, 0, c);
                        closed = true;
                        break;
                    }
                }
                if (closed) {
                    break;
                }
                code.append(rest).append('\n');
                line++;
                if (line >= lines.size()) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": unterminated <pre>{@code");
                }
                rest = COMMENT_PREFIX.matcher(lines.get(line)).replaceFirst("");
            }
            examples.add(new Example(file, i + 1, code.toString().strip() + "\n"));
            i = line;
        }
        return examples;
    }
}
