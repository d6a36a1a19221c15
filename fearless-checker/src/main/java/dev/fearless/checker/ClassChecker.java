package dev.fearless.checker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import dev.fearless.checker.borrow.BorrowChecker;
import dev.fearless.checker.borrow.FieldChecker;
import dev.fearless.checker.borrow.LockRegions;
import dev.fearless.checker.borrow.SharedReductions;
import dev.fearless.checker.borrow.StoredContents;
import dev.fearless.checker.borrow.ThreadFields;
import dev.fearless.checker.boundary.Boundary;
import dev.fearless.checker.boundary.BoundaryFinder;
import dev.fearless.checker.capture.Capture;
import dev.fearless.checker.capture.CaptureCollector;
import dev.fearless.checker.finding.Finding;
import dev.fearless.checker.finding.Skipped;
import dev.fearless.checker.judge.ThreadSafetyJudge;
import dev.fearless.checker.report.DiagnosticRenderer;
import dev.fearless.checker.report.DiagnosticSink;
import dev.fearless.checker.report.RenderedDiagnostic;
import dev.fearless.checker.report.Reporter;
import dev.fearless.checker.summary.MethodSummaries;
import dev.fearless.checker.tree.Declarations;
import dev.fearless.checker.tree.FunctionalMethods;
import dev.fearless.checker.tree.SourceLines;
import dev.fearless.checker.verdict.ImmutableCollectionFields;
import dev.fearless.checker.verdict.TypeTable;
import dev.fearless.checker.verdict.VerdictEngine;

/**
 * Wires the pipeline for one top-level class: find boundaries, collect captures, judge their types, check
 * moves and borrows, report.
 *
 * <p>A failure inside the checker stays local: a boundary whose checking fails is skipped with one warning
 * that names it, and every finding of the rest of the class is still reported; a class whose boundaries
 * cannot even be found is skipped the same way. javac carries on either way.
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
        return create(task, options, boundary -> { }, null);
    }

    /** The real pipeline for {@code task}, handing each reported diagnostic to {@code sink} too (may be null). */
    static ClassChecker reportingTo(JavacTask task, CheckerOptions options, DiagnosticSink sink) {
        return create(task, options, boundary -> { }, sink);
    }

    /**
     * The real pipeline, with {@code beforeEach} run before each boundary is checked (tests use it to make one
     * boundary's check fail).
     */
    static ClassChecker create(JavacTask task, CheckerOptions options, Consumer<Boundary> beforeEach) {
        return create(task, options, beforeEach, null);
    }

    private static ClassChecker create(JavacTask task, CheckerOptions options, Consumer<Boundary> beforeEach,
                                       DiagnosticSink sink) {
        Trees trees = Trees.instance(task);
        Types types = task.getTypes();
        Elements elements = task.getElements();
        SourceLines lines = new SourceLines(trees);
        FunctionalMethods functional = new FunctionalMethods(types, elements);
        Declarations declarations = new Declarations(trees);
        MethodSummaries summaries = new MethodSummaries(trees, declarations);
        VerdictEngine engine = new VerdictEngine(types, elements, TypeTable.load(options.tables()),
                new ImmutableCollectionFields(trees, declarations)::holdsImmutable);
        BoundaryFinder boundaries = new BoundaryFinder(trees, types, elements, functional, declarations, lines);
        CaptureCollector captures = new CaptureCollector(trees, types, functional, summaries);
        StoredContents contents = new StoredContents(trees, engine, declarations);
        ThreadSafetyJudge judge = new ThreadSafetyJudge(engine, types, elements,
                options.strict() || options.warnUnknown(), options.strict(), contents::holdsOnlySafeValues);
        DiagnosticRenderer renderer = new DiagnosticRenderer(trees, lines);
        BorrowChecker borrows = new BorrowChecker(trees, engine, types, elements, declarations,
                summaries, options.strict());
        FieldChecker fields = new FieldChecker(trees, engine, declarations, summaries, contents::holdsOnlySafeValues);
        ThreadFields threadFields = new ThreadFields(types, elements, summaries);
        SharedReductions reductions = new SharedReductions(trees, engine, summaries, declarations,
                new dev.fearless.checker.boundary.ParallelStreams(types, elements));
        Reporter reporter = new Reporter(trees, lines, sink);
        SourcePositions positions = trees.getSourcePositions();
        return new ClassChecker(reporter, classPath -> {
            CompilationUnitTree unit = classPath.getCompilationUnit();
            BorrowChecker.ClassScope scope = borrows.newClassScope();
            Set<Finding.RootCause> reported = new HashSet<>();
            List<Finding> findings = new ArrayList<>();
            BoundaryFinder.Found found = boundaries.find(classPath);
            found.skipped().forEach(s -> reporter.internalError(s, unit));
            for (Boundary boundary : found.boundaries()) {
                try {
                    beforeEach.accept(boundary);
                    List<Finding> here = new ArrayList<>();
                    for (Capture capture : captures.collect(boundary)) {
                        if (onlySharedMethods(capture, engine)) {
                            continue; // () -> consumer.wakeup(): the one call the type allows from any thread
                        }
                        // Used only under a lock: the author's protected state; still, it must be Send.
                        boolean guarded = capture.kind() != Capture.Kind.ARGUMENT
                                && LockRegions.allGuarded(capture);
                        ThreadSafetyJudge.Judgement judgement = judge.judge(capture, guarded);
                        judgement.finding().ifPresent(here::add);
                        // A future's completer is often the thread that owns this object: its own fields, strict only.
                        boolean ownFieldAtCompleter = capture.kind() == Capture.Kind.FIELD && boundary.completer()
                                && !options.strict()
                                && !capture.variable().getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
                        if (judgement.askBorrows() && !ownFieldAtCompleter) {
                            Optional<Finding> race = capture.kind() == Capture.Kind.FIELD
                                    ? fields.check(capture).or(() -> fields.notSync(capture)
                                            .flatMap(notSync -> borrows.changedAfterHandOff(capture, notSync, scope)))
                                    : judge.notSync(capture).filter(notSync -> !contents.holdsOnlySafeValues(capture, notSync))
                                            .flatMap(notSync -> borrows.check(capture, notSync, scope));
                            race.ifPresent(here::add);
                        }
                    }
                    for (Finding f : here) {
                        if (reported.add(f.rootCause())) {
                            findings.add(f);
                        }
                    }
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    reporter.internalError(new Skipped(boundary.call().getLeaf(), Skipped.Part.BOUNDARY,
                            boundary.target(), lines.line(unit, boundary.call().getLeaf()), e), unit);
                }
            }
            List<RenderedDiagnostic> rendered = new ArrayList<>();
            for (Finding f : findings) {
                try {
                    rendered.add(renderer.render(f, unit));
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    reporter.internalError(new Skipped(f.at().getLeaf(), Skipped.Part.MESSAGE, "",
                            lines.line(unit, f.at().getLeaf()), e), unit);
                }
            }
            found.notStarted().forEach(idle -> rendered.add(renderer.renderNotStarted(idle)));
            try {
                reductions.check(classPath).forEach(shared -> rendered.add(renderer.renderSharedStart(shared, unit)));
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                reporter.internalError(new Skipped(classPath.getLeaf(), Skipped.Part.CHECK, "parallel streams' reductions",
                        lines.line(unit, classPath.getLeaf()), e), unit);
            }
            try {
                // One pass over the class and the classes in it: the checks of a class's own threads and hooks.
                for (TypeElement type : classesIn(classPath, trees)) {
                    threadFields.check(type, trees).forEach(race -> rendered.add(renderer.renderStopFlag(race, unit)));
                    fields.poolHooks(type, types, elements).forEach(race -> rendered.add(renderer.renderHookRace(race, unit)));
                }
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                reporter.internalError(new Skipped(classPath.getLeaf(), Skipped.Part.CHECK, "threads' own fields and pool hooks",
                        lines.line(unit, classPath.getLeaf()), e), unit);
            }
            // In source order, as a reader goes through the file.
            rendered.sort(Comparator.comparingLong(d -> positions.getStartPosition(unit, d.at().getLeaf())));
            rendered.forEach(d -> reporter.report(d, unit));
        });
    }

    /**
     * Whether the code uses the captured value only to call methods that its table row lets any thread call
     * ({@code shared-methods=}, e.g. {@code KafkaConsumer.wakeup}): that is no sharing of the value.
     */
    private static boolean onlySharedMethods(Capture capture, VerdictEngine engine) {
        if (capture.kind() != Capture.Kind.LOCAL && capture.kind() != Capture.Kind.FIELD || capture.uses().isEmpty()) {
            return false;
        }
        Set<String> shared = engine.sharedMethods(capture.type());
        if (shared.isEmpty()) {
            return false;
        }
        for (TreePath use : capture.uses()) {
            TreePath parent = use.getParentPath();
            if (parent.getLeaf() instanceof com.sun.source.tree.MemberReferenceTree ref
                    && ref.getQualifierExpression() == use.getLeaf() && shared.contains(ref.getName().toString())) {
                continue; // consumer::wakeup
            }
            if (!(parent.getLeaf() instanceof com.sun.source.tree.MemberSelectTree select)
                    || select.getExpression() != use.getLeaf()
                    || !(parent.getParentPath().getLeaf() instanceof com.sun.source.tree.MethodInvocationTree call)
                    || call.getMethodSelect() != select || !shared.contains(select.getIdentifier().toString())) {
                return false;
            }
        }
        return true;
    }

    /** The class at {@code classPath} and every class declared in it (member, local, anonymous). */
    private static List<TypeElement> classesIn(TreePath classPath, Trees trees) {
        List<TypeElement> out = new ArrayList<>();
        new com.sun.source.util.TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(com.sun.source.tree.ClassTree node, Void unused) {
                if (trees.getElement(getCurrentPath()) instanceof TypeElement type) {
                    out.add(type);
                }
                return super.visitClass(node, unused);
            }
        }.scan(classPath, null);
        return out;
    }

    void check(TreePath classPath) {
        try {
            pipeline.run(classPath);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            reporter.internalError(new Skipped(classPath.getLeaf(), Skipped.Part.CLASS, "", 0, e),
                    classPath.getCompilationUnit());
        }
    }
}
