package dev.fearless.checker.report;

import java.util.List;

import com.sun.source.util.TreePath;

import dev.fearless.checker.finding.Finding;

/**
 * A diagnostic ready to print: javac shows the first line of {@code message} after {@code error:}, then the
 * source line with a caret under {@code at}, then the remaining lines (among them a snippet of each label that
 * is not on the caret's line).
 *
 * @param code     its code
 * @param at       the tree the caret points at
 * @param message  the whole message, headline first
 * @param severity the finding's severity
 * @param labels   the places the diagnostic names, each with a short message, in source order: the boundary
 *                 call, the use on the other thread, the change, the declaration where the fix goes
 */
public record RenderedDiagnostic(Code code, TreePath at, String message, Finding.Severity severity,
                                 List<Label> labels) {

    public RenderedDiagnostic {
        labels = List.copyOf(labels);
    }

    /** A diagnostic without labels. */
    public RenderedDiagnostic(Code code, TreePath at, String message, Finding.Severity severity) {
        this(code, at, message, severity, List.of());
    }

    /**
     * A labelled place: characters {@code start} (inclusive) to {@code end} (exclusive) of the compilation unit.
     *
     * @param primary true for the label of the place the diagnostic points at (where javac's caret is);
     *                false for a secondary place
     */
    public record Label(long start, long end, String message, boolean primary) {
        public Label {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad label span " + start + ".." + end);
            }
        }
    }
}
