package dev.fearless.checker;

import java.util.Optional;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import dev.fearless.checker.borrow.BorrowChecker;
import dev.fearless.checker.borrow.FieldChecker;
import dev.fearless.checker.borrow.LockRegions;
import dev.fearless.checker.boundary.Boundary;
import dev.fearless.checker.boundary.BoundaryFinder;
import dev.fearless.checker.capture.Capture;
import dev.fearless.checker.capture.CaptureCollector;
import dev.fearless.checker.judge.Finding;
import dev.fearless.checker.judge.ThreadSafetyJudge;
import dev.fearless.checker.report.DiagnosticRenderer;
import dev.fearless.checker.report.Reporter;
import dev.fearless.checker.verdict.TypeTable;
import dev.fearless.checker.verdict.VerdictEngine;

/**
 * Runs the pipeline on one top-level class: find boundaries, collect captures, judge their types, check
 * moves and borrows, report.
 * Nothing escapes: a failure inside the checker becomes one warning and javac carries on.
 */
final class ClassChecker {

    /** The checking stages run on one class; they report through the {@link Reporter}. */
    @FunctionalInterface
    interface Pipeline {
        void run(TreePath classPath);
    }

    private final Reporter reporter;
    private final Pipeline pipeline;

    ClassChecker(Reporter reporter, Pipeline pipeline) {
        this.reporter = reporter;
        this.pipeline = pipeline;
    }

    /** The real pipeline for {@code task}. */
    static ClassChecker create(JavacTask task, CheckerOptions options) {
        Trees trees = Trees.instance(task);
        Types types = task.getTypes();
        Elements elements = task.getElements();
        VerdictEngine engine = new VerdictEngine(types, elements, TypeTable.load(options.tables()));
        BoundaryFinder boundaries = new BoundaryFinder(trees, types, elements);
        CaptureCollector captures = new CaptureCollector(trees);
        ThreadSafetyJudge judge = new ThreadSafetyJudge(engine, types, elements, options.strict());
        DiagnosticRenderer renderer = new DiagnosticRenderer(trees);
        BorrowChecker borrows = new BorrowChecker(trees, engine);
        FieldChecker fields = new FieldChecker(trees, engine);
        Reporter reporter = new Reporter(trees);
        return new ClassChecker(reporter, classPath -> {
            CompilationUnitTree unit = classPath.getCompilationUnit();
            borrows.startClass();
            for (Boundary boundary : boundaries.find(classPath)) {
                for (Capture capture : captures.collect(boundary)) {
                    // Used only under a lock: the author's protected state; still, it must be Send.
                    boolean guarded = capture.kind() != Capture.Kind.ARGUMENT
                            && LockRegions.allGuarded(capture.uses());
                    Optional<Finding> finding = judge.judge(capture, guarded);
                    if (finding.isEmpty() && !guarded) {
                        finding = capture.kind() == Capture.Kind.FIELD ? fields.check(capture)
                                : judge.notSync(capture).flatMap(notSync -> borrows.check(capture, notSync));
                    }
                    finding.ifPresent(f -> reporter.report(renderer.render(f, unit), unit));
                }
            }
        });
    }

    void check(TreePath classPath) {
        try {
            pipeline.run(classPath);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            reporter.internalError(classPath.getLeaf(), classPath.getCompilationUnit(), e);
        }
    }
}
