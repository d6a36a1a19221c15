package dev.fearless.checker.report;

import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import dev.fearless.checker.finding.Finding;
import dev.fearless.checker.finding.Skipped;
import dev.fearless.checker.tree.SourceLines;
import dev.fearless.checker.tree.TreeShapes;

/**
 * The last stage: hands rendered diagnostics to javac, unless a declaration around the reported place says
 * {@code @SuppressWarnings("fearless")} or {@code @SuppressWarnings("fearless:CODE")}.
 */
public final class Reporter {
    private final Trees trees;
    private final SourceLines lines;
    private final DiagnosticSink sink;

    /** A reporter that prints through javac's {@code Trees}. */
    public Reporter(Trees trees, SourceLines lines) {
        this(trees, lines, null);
    }

    /** A reporter that prints through javac's {@code Trees} and hands each diagnostic to {@code sink} too. */
    public Reporter(Trees trees, SourceLines lines, DiagnosticSink sink) {
        this.trees = trees;
        this.lines = lines;
        this.sink = sink;
    }

    /** Reports {@code diagnostic} (an error or a warning) in {@code unit}, unless suppressed. */
    public void report(RenderedDiagnostic diagnostic, CompilationUnitTree unit) {
        if (!suppressed(diagnostic.at(), diagnostic.code())) {
            Tree caret = TreeShapes.leftmost(diagnostic.at()).getLeaf();
            trees.printMessage(diagnostic.severity() == Finding.Severity.ERROR ? Diagnostic.Kind.ERROR
                            : Diagnostic.Kind.WARNING,
                    diagnostic.message(), caret, unit);
            if (sink != null) {
                sink.reported(new DiagnosticSink.Reported(unit.getSourceFile(),
                        trees.getSourcePositions().getStartPosition(unit, caret), diagnostic.message(),
                        diagnostic.labels()));
            }
        }
    }

    /**
     * Reports that checking part of a file failed inside the checker, as one warning naming what was skipped
     * (e.g. "the method `run` (not checked)"); compilation and the rest of the check go on.
     */
    public void internalError(Skipped skipped, CompilationUnitTree unit) {
        if (Boolean.getBoolean("fearless.trace")) {
            skipped.failure().printStackTrace(); // -J-Dfearless.trace=true: the stack for a report
        }
        String file = unit.getSourceFile() == null ? "?" : fileName(unit.getSourceFile().getName());
        trees.printMessage(Diagnostic.Kind.WARNING, "Fearless: internal error while checking " + file + ", "
                + skippedPart(skipped) + ": " + skipped.failure() + "; please report", skipped.where(), unit);
    }

    /** What a skipped part is called in the warning. */
    static String skippedPart(Skipped s) {
        return switch (s.part()) {
            case CLASS -> "this class (not checked)";
            case METHOD -> "the method `" + s.name() + "` (not checked)";
            case FIELD -> "the field `" + s.name() + "` (not checked)";
            case INITIALIZER -> "an initializer block (not checked)";
            case BOUNDARY -> "the code handed to `" + s.name() + "` on line " + s.line() + " (not checked)";
            case MESSAGE -> "a finding on line " + s.line() + " (its message could not be written)";
            case CHECK -> "the check of " + s.name() + " in this class (not run)";
        };
    }

    private boolean suppressed(TreePath path, Code code) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (leaf instanceof ClassTree || leaf instanceof MethodTree || leaf instanceof VariableTree) {
                Element e = trees.getElement(p);
                SuppressWarnings sw = e == null ? null : e.getAnnotation(SuppressWarnings.class);
                if (sw != null) {
                    for (String v : sw.value()) {
                        if (v.equals("fearless") || v.equals("fearless:" + code.name())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
