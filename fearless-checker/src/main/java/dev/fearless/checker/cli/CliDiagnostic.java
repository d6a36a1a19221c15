package dev.fearless.checker.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding as the command line shows it, in the rustc layout and in SARIF; neither reads rendered text.
 * Built by {@link JavacFindings} from javac's diagnostics, with the exact labels the plugin handed over for
 * its own (see {@link dev.fearless.checker.report.DiagnosticSink}).
 *
 * @param code     a Fearless code ({@code F0277}), or empty for javac's own diagnostics and the plugin's messages
 * @param severity what it is
 * @param file     the file it is in, if any (javac reports some errors, and the plugin its option warnings,
 *                 without a file)
 * @param primary  the span it points at, if any
 * @param headline the first line ({@code `Rc<String>` cannot be sent between threads safely})
 * @param labels   the places it names, each with a message: the boundary, the capture, the change, the
 *                 declaration; at most one is the primary span's own label
 * @param notes    the {@code = help:}, {@code = note:}, {@code = fix:} lines: the reason chain, in order
 * @param fix      a concrete edit that fixes it, where there is one
 */
record CliDiagnostic(Optional<String> code, Severity severity, Optional<SourceText> file, Optional<Span> primary,
                     String headline, List<Label> labels, List<Note> notes, Optional<Fix> fix) {

    CliDiagnostic {
        Objects.requireNonNull(headline);
        labels = List.copyOf(labels);
        notes = List.copyOf(notes);
    }

    /** What a diagnostic is. */
    enum Severity {
        ERROR,
        WARNING,
        /** The plugin failed on a class ({@code Fearless: internal error ...}): that class was not checked. */
        INTERNAL_ERROR,
        /** The plugin could not use its options (an unknown option, a missing table): an error. */
        CONFIGURATION
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of {@code source}. */
    record Span(SourceText source, int start, int end) {
        Span {
            if (start < 0 || end < start || end > source.text().length()) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }

        /** The span of {@code length} characters from the same start. */
        Span withLength(int length) {
            return new Span(source, start, start + length);
        }

        int startLine() {
            return source.line(start);
        }

        /** The line of the last character (of {@code start} for an empty span). */
        int endLine() {
            return source.line(Math.max(start, end - 1));
        }
    }

    /**
     * A labelled place.
     *
     * @param exact   false when only the line is known (a {@code (line N)} in a note): SARIF lists it as a related
     *                location, the rustc layout, which draws spans, leaves it to the note that names it
     * @param primary true for the label of the primary span itself (what is wrong there), false for a
     *                secondary place
     */
    record Label(Span span, String message, boolean exact, boolean primary) {
        /** A secondary place. */
        Label(Span span, String message, boolean exact) {
            this(span, message, exact, false);
        }
    }

    /** A line like {@code = help: text}; {@code kind} is {@code help}, {@code note}, {@code fix} or {@code explain}. */
    record Note(String kind, String text) {
    }

    /** A fix that is a concrete edit: replace each span by its text. */
    record Fix(String description, List<Edit> edits) {
        Fix {
            edits = List.copyOf(edits);
        }
    }

    /** Replace {@code span} with {@code replacement}. */
    record Edit(Span span, String replacement) {
    }

    /** True for what fails the run: errors, javac's and the checker's, and option errors. */
    boolean isError() {
        return severity == Severity.ERROR || severity == Severity.CONFIGURATION;
    }
}
