package dev.fearless.checker.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * One source file's text and the positions in it: offsets are {@code char} indexes into the text, as javac
 * counts them. Lines end at {@code \n}, {@code \r\n} or {@code \r}, like javac's.
 *
 * <p>Two kinds of column: {@link #javacColumn} expands a tab to the next multiple of 8, as javac counts
 * columns in {@code file:line:col} (used in the rustc layout, whose source lines are shown with the same
 * expansion); {@link #charColumn} counts characters (UTF-16 code units), as SARIF's {@code columnKind}
 * {@code utf16CodeUnits} says.
 */
final class SourceText {

    private final String name;
    private final Path path;
    private final String text;
    private final int[] lineStarts;

    /**
     * @param name how the file is shown ({@code --> name:line:col}): javac's name for it
     * @param path the file on disk, absolute, or null when it has none (then SARIF names it by {@code name})
     */
    SourceText(String name, Path path, String text) {
        this.name = name;
        this.path = path;
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    String name() {
        return name;
    }

    Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** A URI for the file when it has no path on disk. */
    URI fallbackUri() {
        return URI.create("file:///" + name.replace('\\', '/').replace(" ", "%20"));
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line of {@code offset}. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), text.length()));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The offset where 1-based {@code line} starts. */
    int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The offset where 1-based {@code line}'s content ends (before its line terminator). */
    int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of 1-based {@code line}, without its terminator, tabs as they are. */
    String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** The 1-based column of {@code offset} in characters (UTF-16 code units). */
    int charColumn(int offset) {
        return offset - lineStart(line(offset)) + 1;
    }

    /** The 1-based column of {@code offset} as javac counts it: a tab advances to the next multiple of 8. */
    int javacColumn(int offset) {
        int start = lineStart(line(offset));
        return dev.fearless.checker.tree.SourceLines.column(text, start, offset) + 1;
    }

    /** 1-based {@code line} with its tabs expanded to spaces, to the columns {@link #javacColumn} counts. */
    String expandedLine(int line) {
        String raw = lineText(line);
        if (raw.indexOf('\t') < 0) {
            return raw;
        }
        return dev.fearless.checker.tree.SourceLines.expandTabs(raw, 0, raw.length());
    }

    /** The span of 1-based {@code line}'s text without leading and trailing blanks (the whole line if blank). */
    CliDiagnostic.Span trimmedLine(int line) {
        int start = lineStart(line);
        int end = lineEnd(line);
        int s = start;
        while (s < end && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = end;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? new CliDiagnostic.Span(this, start, end) : new CliDiagnostic.Span(this, s, e);
    }
}
