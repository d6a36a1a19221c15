package dev.fearless.checker.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labels of a diagnostic as lines of its message, in rustc's layout made compact: for each source line that
 * holds a label, the line in a numbered gutter ({@code 16 | ...}), then one underline row per label on it
 * ({@code    | ------------- runs the lambda on another thread}), {@code ^} for the primary label and {@code -}
 * for the others. Tabs are expanded to the next multiple of 8, the columns javac counts, so the underlines line
 * up. A label that runs over several lines is underlined to the end of its first line. Labels on the line of
 * javac's own caret are left out: javac shows that line already.
 *
 * <p>Build tools that print javac's messages without its source line and caret (Maven) still print these
 * lines, so each label says what it marks on its own.
 */
final class LabelSnippets {

    private LabelSnippets() {
    }

    /**
     * The snippet lines of {@code labels} in {@code text}, leaving out those on the line of {@code caret} (a
     * position in {@code text}, or -1 for none).
     */
    static List<String> lines(CharSequence text, long caret, List<RenderedDiagnostic.Label> labels) {
        int[] starts = lineStarts(text);
        int caretLine = caret < 0 ? -1 : line(starts, caret);
        Map<Integer, List<RenderedDiagnostic.Label>> byLine = new TreeMap<>();
        for (RenderedDiagnostic.Label l : labels) {
            if (l.end() > text.length()) {
                continue;
            }
            int line = line(starts, l.start());
            if (line != caretLine) {
                byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(l);
            }
        }
        if (byLine.isEmpty()) {
            return List.of();
        }
        int width = 0;
        for (int line : byLine.keySet()) {
            width = Math.max(width, Integer.toString(line).length());
        }
        String blank = " ".repeat(width) + " |";
        List<String> out = new ArrayList<>();
        for (Map.Entry<Integer, List<RenderedDiagnostic.Label>> e : byLine.entrySet()) {
            int line = e.getKey();
            int start = starts[line - 1];
            int end = lineEnd(text, starts, line);
            String number = Integer.toString(line);
            String source = expand(text, start, end);
            out.add((" ".repeat(width - number.length()) + number + " |" + (source.isEmpty() ? "" : " " + source))
                    .stripTrailing());
            List<RenderedDiagnostic.Label> here = new ArrayList<>(e.getValue());
            here.sort(Comparator.comparingLong(RenderedDiagnostic.Label::start)
                    .thenComparingLong(RenderedDiagnostic.Label::end));
            for (RenderedDiagnostic.Label l : here) {
                int from = column(text, start, (int) l.start());
                int to = Math.max(from + 1, column(text, start, (int) Math.min(l.end(), end)));
                out.add(blank + " " + " ".repeat(from) + (l.primary() ? "^" : "-").repeat(to - from)
                        + (l.message().isEmpty() ? "" : " " + l.message()));
            }
        }
        return out;
    }

    /** The 0-based column of {@code offset} on the line that starts at {@code lineStart}, as javac counts tabs. */
    static int column(CharSequence text, int lineStart, int offset) {
        return dev.fearless.checker.tree.SourceLines.column(text, lineStart, offset);
    }

    private static String expand(CharSequence text, int start, int end) {
        return dev.fearless.checker.tree.SourceLines.expandTabs(text, start, end);
    }

    /** Where each line starts, as javac counts lines. */
    private static int[] lineStarts(CharSequence text) {
        long[] starts = dev.fearless.checker.tree.SourceLines.count(text);
        int[] out = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            out[i] = (int) starts[i];
        }
        return out;
    }

    /** The 1-based line of {@code position}. */
    private static int line(int[] starts, long position) {
        int i = java.util.Arrays.binarySearch(starts, (int) Math.min(position, Integer.MAX_VALUE));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static int lineEnd(CharSequence text, int[] starts, int line) {
        int end = line < starts.length ? starts[line] : text.length();
        while (end > starts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
