package dev.fearless.examples.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The code examples of Javadoc comments: every {@code <pre>{@code ...}</pre>} block, as text, with the
 * comment's leading {@code *} removed and the {@code {@code}} tag's braces balanced as javadoc balances them.
 * Elided bodies: see {@link Example#compilable()}.
 */
final class JavadocExamples {
    private static final Pattern COMMENT_PREFIX = Pattern.compile("^\\s*\\*( ?)");

    private JavadocExamples() {
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
