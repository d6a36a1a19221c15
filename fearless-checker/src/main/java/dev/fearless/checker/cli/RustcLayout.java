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
 * with {@code ^} (and the message of its own label, if it has one) and each other exact label with {@code -}
 * and its message, then the {@code = kind: text} lines.
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
            case ERROR, CONFIGURATION -> "error";
            case WARNING, INTERNAL_ERROR -> "warning"; // the headline says "Fearless: internal error"
        };
        String head = level + d.code().map(c -> "[" + c + "]").orElse("");
        out.append(d.severity() == Severity.ERROR || d.severity() == Severity.CONFIGURATION
                ? style.error(head) : style.warning(head)).append(style.bold(": " + d.headline())).append('\n');

        List<Mark> marks = new ArrayList<>();
        String primaryMessage = d.labels().stream().filter(l -> l.exact() && l.primary()).map(Label::message)
                .findFirst().orElse("");
        d.primary().ifPresent(s -> marks.add(new Mark(s, primaryMessage, true)));
        for (Label l : d.labels()) {
            if (l.exact() && !l.primary()) {
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

    /**
     * The underline row of one line (secondary spans {@code -}, the primary {@code ^} over them), with the
     * message of the span that ends last at its end; then the other messages, right to left, each under the
     * start of its span with {@code |} connectors for those still to come (rustc's order).
     */
    private void underline(StringBuilder out, String pad, String bar, SourceText source, int line,
                           List<Mark> marks, Severity severity) {
        int lineEnd = source.lineEnd(line);
        int[] from = new int[marks.size()];
        int[] to = new int[marks.size()];
        int width = 0;
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            from[i] = source.javacColumn(m.span.start()) - 1;
            to[i] = Math.max(from[i] + 1, source.javacColumn(Math.min(m.span.end(), lineEnd)) - 1);
            width = Math.max(width, to[i]);
        }
        Mark[] owner = new Mark[width];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < marks.size(); i++) {
                if (marks.get(i).primary == (pass == 1)) {
                    for (int c = from[i]; c < to[i]; c++) {
                        owner[c] = marks.get(i);
                    }
                }
            }
        }
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < width; ) {
            Mark m = owner[c];
            int run = c;
            while (run < width && owner[run] == m) {
                run++;
            }
            row.append(m == null ? " ".repeat(run - c) : paint(m, severity, (m.primary ? "^" : "-").repeat(run - c)));
            c = run;
        }
        List<Integer> messages = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            if (!marks.get(i).message.isEmpty()) {
                messages.add(i);
            }
        }
        messages.sort(Comparator.comparingInt((Integer i) -> from[i]).thenComparingInt(i -> to[i]));
        if (!messages.isEmpty()) {
            int last = messages.get(messages.size() - 1);
            boolean endsLast = true;
            for (int i = 0; i < marks.size(); i++) {
                endsLast &= i == last || to[i] < to[last] || (to[i] == to[last] && from[i] < from[last]);
            }
            if (endsLast) {
                row.append(' ').append(paint(marks.get(last), severity, marks.get(last).message));
                messages.remove(messages.size() - 1);
            }
        }
        out.append(pad).append(' ').append(bar).append(' ').append(row).append('\n');
        if (messages.isEmpty()) {
            return;
        }
        out.append(pad).append(' ').append(bar).append(' ').append(connectors(messages, messages.size(), from,
                marks, severity, null)).append('\n');
        for (int k = messages.size() - 1; k >= 0; k--) {
            Mark m = marks.get(messages.get(k));
            out.append(pad).append(' ').append(bar).append(' ')
                    .append(connectors(messages, k, from, marks, severity, paint(m, severity, m.message)))
                    .append('\n');
        }
    }

    /** {@code |} under the start of the first {@code count} messages' spans, then {@code tail} under the next. */
    private String connectors(List<Integer> messages, int count, int[] from, List<Mark> marks, Severity severity,
                              String tail) {
        StringBuilder s = new StringBuilder();
        int at = 0;
        for (int j = 0; j < count; j++) {
            int col = from[messages.get(j)];
            if (col >= at) {
                s.append(" ".repeat(col - at)).append(paint(marks.get(messages.get(j)), severity, "|"));
                at = col + 1;
            }
        }
        if (tail != null) {
            int col = from[messages.get(count)];
            s.append(" ".repeat(Math.max(0, col - at))).append(tail);
        }
        return s.toString();
    }

    private String paint(Mark m, Severity severity, String s) {
        if (!m.primary) {
            return style.gutter(s);
        }
        return severity == Severity.ERROR || severity == Severity.CONFIGURATION ? style.error(s) : style.warning(s);
    }

    private record Mark(Span span, String message, boolean primary) {
    }
}
