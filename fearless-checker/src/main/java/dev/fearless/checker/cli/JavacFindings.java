package dev.fearless.checker.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import dev.fearless.checker.cli.CliDiagnostic.Label;
import dev.fearless.checker.cli.CliDiagnostic.Note;
import dev.fearless.checker.cli.CliDiagnostic.Severity;
import dev.fearless.checker.cli.CliDiagnostic.Span;
import dev.fearless.checker.report.DiagnosticSink;
import dev.fearless.checker.report.RenderedDiagnostic;

/**
 * The one adapter from javac's diagnostics to {@link CliDiagnostic}: it takes the position and the start and
 * end offsets from the {@link Diagnostic} and the code, headline and {@code = kind:} lines from its message
 * (the label snippets in the message, {@code 16 | ...} lines, are not notes). A checker diagnostic that the
 * plugin also handed over through its {@link DiagnosticSink} gets the exact labels from there. Without them
 * (javac's own diagnostics, or a diagnostic that came only as text) a {@code (line N)} or {@code on line N} in
 * a note becomes a line-level label carrying that note. There are no fix edits here.
 */
final class JavacFindings {
    static final String INTERNAL_ERROR = "Fearless: internal error";
    private static final Pattern CODED = Pattern.compile("\\[(F\\d{4})\\]\\s*(.*)");
    private static final Pattern NOTE = Pattern.compile("=\\s*([a-z]+):\\s?(.*)");
    private static final Pattern LINE_REFERENCE = Pattern.compile("(?:\\(line |\\bon line )(\\d+)\\b");
    /** A line of a label snippet: {@code 16 | source} or {@code    | ---- label}. */
    private static final Pattern SNIPPET = Pattern.compile("(\\d+ +)?\\|( .*)?");

    private final Map<JavaFileObject, SourceText> sources = new IdentityHashMap<>();
    private final List<DiagnosticSink.Reported> reported;

    /** An adapter for diagnostics that came as text only. */
    JavacFindings() {
        this(List.of());
    }

    /** An adapter that takes the labels of the checker's diagnostics from what the plugin {@code reported}. */
    JavacFindings(List<DiagnosticSink.Reported> reported) {
        this.reported = new ArrayList<>(reported);
    }

    /** The diagnostic as the CLI shows it, or empty for what it does not show (javac's notes). */
    Optional<CliDiagnostic> adapt(Diagnostic<? extends JavaFileObject> d) {
        Severity severity;
        switch (d.getKind()) {
            case ERROR -> severity = Severity.ERROR;
            case WARNING, MANDATORY_WARNING -> severity = Severity.WARNING;
            default -> {
                return Optional.empty();
            }
        }
        String[] lines = d.getMessage(Locale.ROOT).split("\\R", -1);
        String headline = lines[0].strip();
        Optional<String> code = Optional.empty();
        Matcher coded = CODED.matcher(headline);
        if (coded.matches()) {
            code = Optional.of(coded.group(1));
            headline = coded.group(2);
        } else if (severity == Severity.WARNING && headline.startsWith(INTERNAL_ERROR)) {
            severity = Severity.INTERNAL_ERROR;
        } else if (severity == Severity.ERROR && headline.startsWith("Fearless: ")) {
            severity = Severity.CONFIGURATION;
        }
        Optional<SourceText> file = Optional.ofNullable(d.getSource()).map(this::source);
        Optional<Span> primary = file.flatMap(f -> span(f, d));
        List<Note> notes = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        Optional<DiagnosticSink.Reported> structured = code.isPresent() && file.isPresent()
                ? take(d) : Optional.empty();
        if (structured.isPresent()) {
            SourceText f = file.get();
            for (RenderedDiagnostic.Label l : structured.get().labels()) {
                if (l.end() <= f.text().length()) {
                    Span span = new Span(f, (int) l.start(), (int) l.end());
                    labels.add(new Label(span, l.message(), true, l.primary()));
                    if (l.primary()) {
                        primary = Optional.of(span);
                    }
                }
            }
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || SNIPPET.matcher(line).matches()) {
                continue;
            }
            Matcher m = NOTE.matcher(line);
            Note note = m.matches() ? new Note(m.group(1), m.group(2)) : new Note("note", line);
            notes.add(note);
            if (code.isPresent() && file.isPresent() && structured.isEmpty()) {
                Matcher ref = LINE_REFERENCE.matcher(note.text());
                while (ref.find()) {
                    int n = Integer.parseInt(ref.group(1));
                    if (n >= 1 && n <= file.get().lineCount()) {
                        labels.add(new Label(file.get().trimmedLine(n), note.text(), false));
                    }
                }
            }
        }
        return Optional.of(new CliDiagnostic(code, severity, file, primary, headline, labels, notes,
                Optional.empty()));
    }

    /**
     * What the plugin reported for {@code d} (same file, caret and message, javac indenting the message's lines),
     * taken off the list.
     */
    private Optional<DiagnosticSink.Reported> take(Diagnostic<? extends JavaFileObject> d) {
        List<String> message = stripped(d.getMessage(Locale.ROOT));
        for (int i = 0; i < reported.size(); i++) {
            DiagnosticSink.Reported r = reported.get(i);
            if (r.position() == d.getStartPosition() && stripped(r.message()).equals(message)
                    && (r.file() == d.getSource() || r.file().toUri().equals(d.getSource().toUri()))) {
                return Optional.of(reported.remove(i));
            }
        }
        return Optional.empty();
    }

    private static List<String> stripped(String message) {
        return message.lines().map(String::strip).toList();
    }

    private static Optional<Span> span(SourceText f, Diagnostic<?> d) {
        int length = f.text().length();
        long point = d.getPosition();
        long start = d.getStartPosition();
        long end = d.getEndPosition();
        if (start < 0 || start > length) {
            start = point;
        }
        if (start < 0 || start > length) {
            return Optional.empty();
        }
        if (end <= start || end > length) {
            end = Math.min(start + 1, length);
        }
        if (point > start && point < end && f.line((int) point) != f.line((int) start)) {
            // a tree that starts lines before the place javac points at (a whole compilation unit): the
            // span is that place to the end of its line, where javac's caret is
            int line = f.line((int) point);
            return Optional.of(new Span(f, (int) point, Math.max((int) point + 1, f.lineEnd(line))));
        }
        return Optional.of(new Span(f, (int) start, (int) end));
    }

    private SourceText source(JavaFileObject file) {
        return sources.computeIfAbsent(file, f -> {
            try {
                Path path = null;
                if ("file".equals(f.toUri().getScheme())) {
                    path = Path.of(f.toUri()).toAbsolutePath().normalize();
                }
                return new SourceText(f.getName(), path, f.getCharContent(true).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
