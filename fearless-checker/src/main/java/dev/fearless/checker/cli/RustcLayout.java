package dev.fearless.checker.cli;

import java.io.IOException;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Renders a diagnostic in rustc's layout: {@code error[F0277]: headline}, {@code --> file:line:col}, the
 * source line in a gutter with the reported span underlined, then the {@code = help/note/fix} lines.
 */
final class RustcLayout {

    String render(Diagnostic<? extends JavaFileObject> d) {
        String message = d.getMessage(Locale.ROOT);
        String[] lines = message.split("\n", -1);
        String head = lines[0];
        String level = d.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning";
        String code = "";
        if (head.startsWith("[F") && head.indexOf(']') > 0) {
            code = "[" + head.substring(1, head.indexOf(']')) + "]";
            head = head.substring(head.indexOf(']') + 1).strip();
        }
        StringBuilder out = new StringBuilder();
        out.append(level).append(code).append(": ").append(head).append('\n');
        if (d.getSource() != null && d.getLineNumber() > 0) {
            String lineNo = Long.toString(d.getLineNumber());
            String pad = " ".repeat(lineNo.length());
            out.append(pad).append("--> ").append(d.getSource().getName()).append(':')
                    .append(d.getLineNumber()).append(':').append(d.getColumnNumber()).append('\n');
            String source = sourceLine(d);
            if (source != null) {
                out.append(pad).append(" |\n");
                out.append(lineNo).append(" | ").append(source).append('\n');
                int width = underlineWidth(d, source);
                out.append(pad).append(" | ").append(" ".repeat((int) d.getColumnNumber() - 1))
                        .append("^".repeat(width)).append('\n');
                out.append(pad).append(" |\n");
            }
            for (int i = 1; i < lines.length; i++) {
                out.append(pad).append(' ').append(lines[i].strip()).append('\n');
            }
        } else {
            for (int i = 1; i < lines.length; i++) {
                out.append("  ").append(lines[i].strip()).append('\n');
            }
        }
        out.append('\n');
        return out.toString();
    }

    private static int underlineWidth(Diagnostic<? extends JavaFileObject> d, String source) {
        long start = d.getStartPosition();
        long end = d.getEndPosition();
        int col = (int) d.getColumnNumber() - 1;
        int room = Math.max(1, source.length() - col);
        if (start >= 0 && end > start) {
            return (int) Math.min(end - start, room);
        }
        return 1;
    }

    private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
        try {
            String text = d.getSource().getCharContent(true).toString();
            String[] all = text.split("\r?\n", -1);
            int index = (int) d.getLineNumber() - 1;
            return index < all.length ? all[index] : null;
        } catch (IOException e) {
            return null;
        }
    }
}
