package dev.fearless.checker.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.fearless.checker.cli.CliDiagnostic.Label;
import dev.fearless.checker.cli.CliDiagnostic.Note;
import dev.fearless.checker.cli.CliDiagnostic.Severity;
import dev.fearless.checker.cli.CliDiagnostic.Span;

/**
 * Draws a {@link CliDiagnostic} in rustc's layout: {@code error[F0277]: headline}, {@code --> file:line:col}
 * (javac's column), each source line that holds a span in a numbered gutter, the primary span underlined
 * with {@code ^} and each exact label with {@code -} and its message, then the {@code = kind: text} lines.
 * Source lines are shown with tabs expanded to javac's tab stops, so the underlines line up with the column.
 * A span that runs over several lines is underlined on its first line, to the end of that line.
 */
final class RustcLayout {
    private final Style style;

    RustcLayout(Style style) {
        this.style = style;
    }

    String render(CliDiagnostic d) {
        StringBuilder out = new StringBuilder();
        String level = switch (d.severity()) {
            case ERROR -> "error";
            case INTERNAL_ERROR -> "internal error";
            case WARNING, CONFIGURATION -> "warning";
        };
        String head = level + d.code().map(c -> "[" + c + "]").orElse("");
        out.append(d.severity() == Severity.ERROR || d.severity() == Severity.INTERNAL_ERROR
                ? style.error(head) : style.warning(head)).append(style.bold(": " + d.headline())).append('\n');

        List<Mark> marks = new ArrayList<>();
        d.primary().ifPresent(s -> marks.add(new Mark(s, "", true)));
        for (Label l : d.labels()) {
            if (l.exact()) {
                marks.add(new Mark(l.span(), l.message(), false));
            }
        }
        int width = 1;
        for (Mark m : marks) {
            width = Math.max(width, Integer.toString(m.span.startLine()).length());
        }
        String pad = " ".repeat(width);
        if (d.primary().isPresent()) {
            Span p = d.primary().get();
            out.append(pad).append(style.gutter("--> ")).append(p.source().name()).append(':')
                    .append(p.startLine()).append(':').append(p.source().javacColumn(p.start())).append('\n');
            drawSource(out, pad, marks, d.severity());
        } else if (d.file().isPresent()) {
            out.append(pad).append(style.gutter("--> ")).append(d.file().get().name()).append('\n');
        }
        for (Note n : d.notes()) {
            out.append(pad).append(' ').append(style.gutter("=")).append(' ')
                    .append(style.bold(n.kind())).append(": ").append(n.text()).append('\n');
        }
        out.append('\n');
        return out.toString();
    }

    private void drawSource(StringBuilder out, String pad, List<Mark> marks, Severity severity) {
        SourceText source = marks.get(0).span.source();
        Map<Integer, List<Mark>> byLine = new TreeMap<>();
        for (Mark m : marks) {
            if (m.span.source() == source) {
                byLine.computeIfAbsent(m.span.startLine(), k -> new ArrayList<>()).add(m);
            }
        }
        String bar = style.gutter("|");
        out.append(pad).append(' ').append(bar).append('\n');
        int previous = -1;
        for (Map.Entry<Integer, List<Mark>> e : byLine.entrySet()) {
            int line = e.getKey();
            if (previous > 0 && line > previous + 1) {
                out.append(style.gutter("...")).append('\n');
            }
            previous = line;
            String number = Integer.toString(line);
            out.append(style.gutter(" ".repeat(pad.length() - number.length()) + number + " |")).append(' ')
                    .append(source.expandedLine(line)).append('\n');
            underline(out, pad, bar, source, line, e.getValue(), severity);
        }
        out.append(pad).append(' ').append(bar).append('\n');
    }

    /** The underline row of one line, then one row per further message, right to left (rustc's order). */
    private void underline(StringBuilder out, String pad, String bar, SourceText source, int line,
                           List<Mark> marks, Severity severity) {
        int lineEnd = source.lineEnd(line);
        List<int[]> columns = new ArrayList<>(); // 0-based display start, width
        for (Mark m : marks) {
            int from = source.javacColumn(m.span.start()) - 1;
            int to = source.javacColumn(Math.min(m.span.end(), lineEnd)) - 1;
            columns.add(new int[] {from, Math.max(1, to - from)});
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> columns.get(i)[0]));
        StringBuilder row = new StringBuilder();
        int at = 0;
        for (int i : order) {
            int[] c = columns.get(i);
            if (c[0] < at) {
                continue; // overlaps the one before: its message still gets a row below
            }
            row.append(" ".repeat(c[0] - at)).append(paint(marks.get(i), severity,
                    (marks.get(i).primary ? "^" : "-").repeat(c[1])));
            at = c[0] + c[1];
        }
        int last = order.get(order.size() - 1);
        List<Integer> messages = new ArrayList<>();
        for (int i : order) {
            if (!marks.get(i).message.isEmpty()) {
                messages.add(i);
            }
        }
        boolean lastOnRow = !messages.isEmpty() && messages.get(messages.size() - 1) == last
                && columns.get(last)[0] + columns.get(last)[1] == at;
        if (lastOnRow) {
            row.append(' ').append(paint(marks.get(last), severity, marks.get(last).message));
            messages.remove(messages.size() - 1);
        }
        out.append(pad).append(' ').append(bar).append(' ').append(row).append('\n');
        for (int k = messages.size() - 1; k >= 0; k--) {
            int i = messages.get(k);
            StringBuilder connectors = new StringBuilder();
            StringBuilder text = new StringBuilder();
            int cAt = 0;
            for (int j = 0; j <= k; j++) {
                int col = columns.get(messages.get(j))[0];
                if (col < cAt) {
                    continue;
                }
                String rule = paint(marks.get(messages.get(j)), severity, "|");
                connectors.append(" ".repeat(col - cAt)).append(rule);
                if (j < k) {
                    text.append(" ".repeat(col - cAt)).append(rule);
                } else {
                    text.append(" ".repeat(col - cAt)).append(paint(marks.get(i), severity, marks.get(i).message));
                }
                cAt = col + 1;
            }
            out.append(pad).append(' ').append(bar).append(' ').append(connectors).append('\n');
            out.append(pad).append(' ').append(bar).append(' ').append(text).append('\n');
        }
    }

    private String paint(Mark m, Severity severity, String s) {
        if (!m.primary) {
            return style.gutter(s);
        }
        return severity == Severity.WARNING || severity == Severity.CONFIGURATION ? style.warning(s) : style.error(s);
    }

    private record Mark(Span span, String message, boolean primary) {
    }
}
