package dev.fearless.checker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
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
import dev.fearless.checker.report.RenderedDiagnostic;
import dev.fearless.checker.report.Reporter;
import dev.fearless.checker.verdict.ImmutableCollectionFields;
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
        VerdictEngine engine = new VerdictEngine(types, elements, TypeTable.load(options.tables()),
                new ImmutableCollectionFields(trees)::holdsImmutable);
        BoundaryFinder boundaries = new BoundaryFinder(trees, types, elements);
        CaptureCollector captures = new CaptureCollector(trees, types);
        ThreadSafetyJudge judge = new ThreadSafetyJudge(engine, types, elements,
                options.strict() || options.warnUnknown());
        DiagnosticRenderer renderer = new DiagnosticRenderer(trees, options.strict());
        BorrowChecker borrows = new BorrowChecker(trees, engine, options.strict());
        FieldChecker fields = new FieldChecker(trees, engine);
        Reporter reporter = new Reporter(trees);
        SourcePositions positions = trees.getSourcePositions();
        return new ClassChecker(reporter, classPath -> {
            CompilationUnitTree unit = classPath.getCompilationUnit();
            borrows.startClass();
            Set<String> reported = new HashSet<>();
            List<RenderedDiagnostic> diagnostics = new ArrayList<>();
            for (Boundary boundary : boundaries.find(classPath)) {
                for (Capture capture : captures.collect(boundary)) {
                    // Used only under a lock: the author's protected state; still, it must be Send.
                    boolean guarded = capture.kind() != Capture.Kind.ARGUMENT
                            && LockRegions.allGuarded(capture.uses());
                    Optional<Finding> finding = judge.judge(capture, guarded);
                    if (finding.isEmpty() && !guarded && capture.kind() != Capture.Kind.THREAD_OBJECT
                            && capture.kind() != Capture.Kind.RESULT) {
                        finding = capture.kind() == Capture.Kind.FIELD ? fields.check(capture)
                                : judge.notSync(capture).flatMap(notSync -> borrows.check(capture, notSync));
                    }
                    if (finding.isPresent() && reported.add(rootCause(finding.get()))) {
                        diagnostics.add(renderer.render(finding.get(), unit));
                    }
                }
            }
            // In source order, as a reader goes through the file.
            diagnostics.sort(Comparator.comparingLong(d -> positions.getStartPosition(unit, d.at().getLeaf())));
            diagnostics.forEach(d -> reporter.report(d, unit));
        });
    }

    /**
     * One root cause, one error: a type that cannot cross is reported once per statement, even when it
     * reaches the boundary several ways ({@code spawn(() -> tx.send(Rc.of(5)))}: the captured sender, the
     * lambda's result and the sent value all carry the same {@code Rc}).
     */
    private static String rootCause(Finding finding) {
        if (!(finding instanceof Finding.CannotCross c)) {
            return "at " + System.identityHashCode(finding.capture().firstUse().getLeaf()) + " " + finding;
        }
        TreePath p = c.capture().boundary().call();
        while (p.getParentPath() != null && !(p.getParentPath().getLeaf() instanceof BlockTree)
                && !(p.getParentPath().getLeaf() instanceof ClassTree)) {
            p = p.getParentPath();
        }
        return c.failure().property() + " " + c.failure().culprit() + " in " + System.identityHashCode(p.getLeaf());
    }

    void check(TreePath classPath) {
        try {
            pipeline.run(classPath);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            reporter.internalError(classPath.getLeaf(), classPath.getCompilationUnit(), e);
        }
    }
}
