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

/**
 * The one adapter from javac's diagnostics to {@link CliDiagnostic}: it takes the position and the start and
 * end offsets from the {@link Diagnostic} and the code, headline and {@code = kind:} lines from its message.
 * What the message does not say it leaves out: there are no exact labels and no fix edits here, and a
 * {@code (line N)} or {@code on line N} in a note becomes a line-level label carrying that note.
 */
final class JavacFindings {
    static final String INTERNAL_ERROR = "Fearless: internal error";
    private static final Pattern CODED = Pattern.compile("\\[(F\\d{4})\\]\\s*(.*)");
    private static final Pattern NOTE = Pattern.compile("=\\s*([a-z]+):\\s?(.*)");
    private static final Pattern LINE_REFERENCE = Pattern.compile("(?:\\(line |\\bon line )(\\d+)\\b");

    private final Map<JavaFileObject, SourceText> sources = new IdentityHashMap<>();

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
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = NOTE.matcher(line);
            Note note = m.matches() ? new Note(m.group(1), m.group(2)) : new Note("note", line);
            notes.add(note);
            if (code.isPresent() && file.isPresent()) {
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
