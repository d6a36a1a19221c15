package dev.fearless.checker.report;

import com.sun.source.util.TreePath;

import dev.fearless.checker.finding.Finding;

/**
 * A diagnostic ready to print: javac shows the first line of {@code message} after {@code error:}, then the
 * source line with a caret under {@code at}, then the remaining lines.
 *
 * @param code    its code
 * @param at      the tree the caret points at
 * @param message the whole message, headline first
 * @param severity the finding's severity
 */
public record RenderedDiagnostic(Code code, TreePath at, String message, Finding.Severity severity) {
}
