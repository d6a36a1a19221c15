package dev.fearless.checker.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.StringJoiner;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;

import javax.lang.model.type.TypeMirror;

import dev.fearless.checker.boundary.Boundary;
import dev.fearless.checker.capture.Capture;
import dev.fearless.checker.finding.Finding;
import dev.fearless.checker.verdict.Cause;
import dev.fearless.checker.verdict.Failure;
import dev.fearless.checker.verdict.Property;
import dev.fearless.checker.verdict.Verdict;
import dev.fearless.checker.tree.SourceLines;
import dev.fearless.checker.verdict.Step;

/**
 * The one place where diagnostics get their words. Every diagnostic has rustc's anatomy, in one message
 * (build tools print separate notes far from the error): a headline with code and type, {@code help}
 * naming the missing property and why, the labelled places (the boundary call, the use on the other thread,
 * the change, the declaration where the fix goes) as source snippets, the reason chain as notes (innermost
 * first, then the capture, then the boundary), a concrete {@code fix}, and the pointer to the long
 * explanation. Each kind of finding gets its labels from one builder ({@code raceLabels},
 * {@code cannotCrossLabels}, ...), called once when its message is finished.
 */
public final class DiagnosticRenderer {
    private static final String INDENT = "= ";

    private final Trees trees;
    private final SourcePositions positions;
    private final SourceLines sourceLines;
    private CompilationUnitTree textOf;
    private String text = "";

    /** A renderer for one compilation (it reads source positions and lines). */
    public DiagnosticRenderer(Trees trees, SourceLines lines) {
        this.trees = trees;
        this.positions = trees.getSourcePositions();
        this.sourceLines = lines;
    }

    /** Renders {@code finding}, which was found in {@code unit}. */
    public RenderedDiagnostic render(Finding finding, CompilationUnitTree unit) {
        if (finding instanceof Finding.CannotCross c) {
            return renderCannotCross(c, unit);
        }
        if (finding instanceof Finding.Race r) {
            return renderRace(r, unit);
        }
        return renderUnproven((Finding.Unproven) finding, unit);
    }

    /** Renders the stop-flag race of a {@code Thread} subclass: another method assigns a field its run loop reads. */
    public RenderedDiagnostic renderStopFlag(dev.fearless.checker.borrow.ThreadFields.StopFlag race,
                                             CompilationUnitTree unit) {
        String field = "`" + race.field().getSimpleName() + "`";
        String writer = "`" + race.writer().getSimpleName() + "()`";
        String run = "`" + race.run().getEnclosingElement().getSimpleName() + ".run`";
        String type = race.field().asType().toString();
        List<String> lines = new ArrayList<>();
        lines.add("[" + Code.F0382 + "] the field " + field + " is written by " + writer + " while " + run
                + ", on its own thread, reads it in a loop");
        lines.add(INDENT + "help: " + field + " is neither volatile nor written and read under one lock: the running "
                + "thread may never see the write, and its loop may never end");
        lines.add(INDENT + "note: " + run + " reads " + field + " in a loop (line " + line(unit, race.read().getLeaf())
                + "), on the new thread once `start()` is called");
        lines.add(INDENT + "note: any thread may call " + writer + " while that thread runs");
        lines.add(INDENT + "fix: declare it `volatile " + type + " " + race.field().getSimpleName() + "`"
                + (type.equals("boolean") ? ", use an `AtomicBoolean`, or stop the thread with `interrupt()` and test "
                + "`isInterrupted()` in the loop" : ", or use an atomic type (`java.util.concurrent.atomic`)"));
        lines.add(INDENT + "explain: " + Code.F0382.explainLine());
        Labels labels = new Labels(unit).primary(race.write(), "written here")
                .add(race.read().getLeaf(), "read here in a loop, on the new thread")
                .declaration(race.field(), field + " is declared here; the fix goes here");
        return finish(Code.F0382, race.write(), lines, labels, Finding.Severity.ERROR, unit);
    }

    /** Renders a race in a pool hook ({@code beforeExecute}/{@code afterExecute}), which runs on every worker. */
    public RenderedDiagnostic renderHookRace(dev.fearless.checker.borrow.FieldChecker.HookRace race,
                                             CompilationUnitTree unit) {
        String field = "`" + race.field().getSimpleName() + "`";
        String hook = "`" + race.hook().getEnclosingElement().getSimpleName() + "." + race.hook().getSimpleName() + "`";
        String change = quote(unit, race.change().getLeaf());
        List<String> lines = new ArrayList<>();
        lines.add("[" + Code.F0382 + "] the field " + field + " is " + (race.notSync().isPresent() ? "changed" : "written")
                + " by " + hook + ", which the pool runs on each of its threads at once");
        if (race.notSync().isPresent()) {
            Failure failure = race.notSync().get();
            TypeNamer names = TypeNamer.forTypes(List.of(failure.culprit()), topLevels(unit));
            lines.add(INDENT + "help: `" + names.name(failure.culprit()) + "` is not `Sync` (" + meaning(Property.SYNC) + "): "
                    + reason(failure.cause(), Property.SYNC));
        } else {
            lines.add(INDENT + "help: " + field + " is neither final nor volatile, and two workers can update it at once");
        }
        lines.add(INDENT + "note: the change: `" + change + "` (line " + line(unit, race.change().getLeaf()) + ")"
                + (race.calls().isEmpty() ? "" : ", reached through " + race.calls().stream()
                        .map(c -> "`" + quote(unit, c.getLeaf()) + "` (line " + line(unit, c.getLeaf()) + ")")
                        .collect(java.util.stream.Collectors.joining(", then "))));
        lines.add(INDENT + "note: a `ThreadPoolExecutor` calls `" + race.hook().getSimpleName()
                + "` on the worker thread that runs each task, so several workers run it at the same time");
        lines.add(INDENT + "fix: use a thread-safe type (`ConcurrentHashMap`, `LongAdder`, an atomic), a `ThreadLocal` "
                + "for per-worker state, or guard it with a lock");
        lines.add(INDENT + "explain: " + Code.F0382.explainLine());
        Labels labels = new Labels(unit).primary(race.use(), "used here, on each worker thread at once")
                .add(race.change().getLeaf(), "changed here, on each worker thread");
        race.calls().forEach(c -> labels.add(c.getLeaf(), "this call leads to the change"));
        labels.declaration(race.field(), field + " is declared here; the fix goes here");
        return finish(Code.F0382, race.use(), lines, labels, Finding.Severity.ERROR, unit);
    }

    /**
     * Renders a parallel reduction whose parts all start from one object that the reduction changes: the
     * identity of {@code reduce}, or a supplier that returns the same container to every part.
     */
    public RenderedDiagnostic renderSharedStart(dev.fearless.checker.borrow.SharedReductions.SharedStart shared,
                                                CompilationUnitTree unit) {
        Failure failure = shared.notSync();
        TypeNamer names = TypeNamer.forTypes(List.of(shared.type(), failure.culprit()), topLevels(unit));
        String type = "`" + names.name(shared.type()) + "`";
        String stage = "`" + shared.stage() + "`";
        String start = "`" + quote(unit, shared.start().getLeaf()) + "`";
        boolean byCollector = shared.role().equals("collector");
        String change = "`" + quote(unit, shared.change().getLeaf()) + "`";
        List<String> lines = new ArrayList<>();
        lines.add("[" + Code.F0382 + "] data race: " + (shared.supplied()
                ? "the supplier of this parallel " + stage + " returns the same " + type + " to every thread"
                : "every thread of this parallel " + stage + " starts from the same " + type)
                + ", and " + (byCollector ? "the collector adds to it" : "the " + shared.role() + " changes it"));
        lines.add(INDENT + "help: `" + names.name(failure.culprit()) + "` is not `Sync` (" + meaning(Property.SYNC) + "): "
                + reason(failure.cause(), Property.SYNC));
        lines.add(INDENT + "note: a parallel stream splits its elements into parts, reduces each part on a thread of its "
                + "own and then combines the results; " + (shared.supplied()
                ? "it calls the supplier once per part, and this one returns " + start + " every time"
                : "each part starts from the identity, so every thread gets this one object (" + start + ", line "
                        + line(unit, shared.start().getLeaf()) + ")"));
        if (!byCollector) {
            lines.add(INDENT + "note: the change: " + change + " (line " + line(unit, shared.change().getLeaf())
                    + "), which each thread runs on its part");
        }
        String fresh = freshSupplier(shared.made().orElse(shared.type()));
        if (shared.supplied()) {
            lines.add(INDENT + "fix: let the supplier make a new container for each part (`" + fresh + "`); the stream "
                    + "combines the parts and returns the result: use that instead of the shared one");
        } else if (shared.stage().equals("reduce")) {
            lines.add(INDENT + "fix: make a new container for each part with a mutable reduction, `collect(" + fresh
                    + ", accumulator, combiner)`, or a collector (`" + (fresh.startsWith("StringBu")
                    ? "Collectors.joining()" : "Collectors.toList()") + "`); or keep the identity "
                    + "unchanged and return a new value from the " + shared.role());
        } else {
            lines.add(INDENT + "fix: use a collector that makes a new container for each part (`Collectors.toList()`, "
                    + "`Collectors.toCollection(" + fresh + ")`); or keep the identity unchanged and return a new value "
                    + "from the " + shared.role());
        }
        lines.add(INDENT + "explain: " + Code.F0382.explainLine());
        Labels labels = new Labels(unit);
        if (byCollector) {
            labels.primary(shared.start(), "one object, handed to every thread")
                    .callee(shared.change().getLeaf(), "adds each part's elements to it, on several threads at once");
        } else {
            labels.primary(shared.change(), "changed here, on several threads at once")
                    .add(shared.start().getLeaf(), "one object, handed to every thread");
        }
        return finish(Code.F0382, byCollector ? shared.start() : shared.change(), lines, labels,
                Finding.Severity.ERROR, unit);
    }

    /** {@code ArrayList::new} for a class with a constructor the user can name, else a lambda that makes one. */
    private static String freshSupplier(javax.lang.model.type.TypeMirror type) {
        if (type instanceof javax.lang.model.type.DeclaredType declared
                && declared.asElement().getKind() == javax.lang.model.element.ElementKind.CLASS
                && !declared.asElement().getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
            return declared.asElement().getSimpleName() + "::new";
        }
        return "() -> new ..()";
    }

    /** Renders the warning about a thread that is constructed with code but never started. */
    public RenderedDiagnostic renderNotStarted(dev.fearless.checker.boundary.Boundary.NotStarted idle) {
        String name = idle.variable() == null ? null : "`" + idle.variable().getSimpleName() + "`";
        List<String> lines = new ArrayList<>();
        if (idle.run() != null) {
            String call = name == null ? "`run()`" : "`" + idle.variable().getSimpleName() + ".run()`";
            lines.add("[" + Code.F0100 + "] " + (name == null ? "this thread" : "the thread " + name)
                    + " is never started: " + call + " runs its code here, on the calling thread");
            lines.add(INDENT + "note: `run()` is a plain method call; only `start()` runs the code on the new thread");
            lines.add(INDENT + "help: call `" + (name == null ? "" : idle.variable().getSimpleName() + ".")
                    + "start()` instead of `run()` (and `join()` where you need its work done)");
        } else {
            lines.add("[" + Code.F0100 + "] " + (name == null ? "this thread" : "the thread " + name)
                    + " is never started, so its code never runs");
            lines.add(INDENT + "note: a `Thread` runs its code only once `start()` is called"
                    + (name == null ? "" : "; nothing here calls `" + idle.variable().getSimpleName()
                    + ".start()` or hands " + name + " on"));
            lines.add(INDENT + "help: " + (name == null ? "call `start()` on it: `new Thread(..).start()`"
                    : "call `" + idle.variable().getSimpleName() + ".start()`") + ", or remove the thread");
        }
        lines.add(INDENT + "explain: " + Code.F0100.explainLine());
        CompilationUnitTree unit = idle.construction().getCompilationUnit();
        Labels labels = new Labels(unit);
        if (idle.run() != null) {
            labels.primary(idle.run(), "runs the thread's code here, on this thread")
                    .callee(idle.construction().getLeaf(), "the thread is made here");
        } else {
            labels.primary(idle.construction(), "made here, never started");
        }
        return finish(Code.F0100, idle.run() != null ? idle.run() : idle.construction(), lines, labels,
                Finding.Severity.WARNING, unit);
    }

    private RenderedDiagnostic renderCannotCross(Finding.CannotCross finding, CompilationUnitTree unit) {
        Failure failure = finding.failure();
        List<TypeMirror> mentioned = new ArrayList<>();
        mentioned.add(failure.culprit());
        failure.steps().forEach(s -> mentioned.add(s.outer()));
        finding.remedy().ifPresent(r -> {
            mentioned.add(r.type());
            r.needs().forEach(n -> mentioned.add(n.argument()));
        });
        TypeNamer names = TypeNamer.forTypes(mentioned, topLevels(unit));
        String culprit = names.name(failure.culprit());
        Property property = failure.property();
        Cause cause = failure.cause();

        List<String> lines = new ArrayList<>();
        lines.add("[" + Code.F0277 + "] `" + culprit + "` cannot be "
                + (property == Property.SEND ? "sent" : "shared") + " between threads safely");
        lines.add(INDENT + "help: `" + culprit + "` is not `" + property.display() + "` (" + meaning(property) + "): "
                + reason(cause, property));
        for (Step step : failure.steps()) {
            lines.add(INDENT + "note: " + stepNote(step, names));
        }
        addCaptureNotes(finding.capture(), unit, lines);
        lines.add(INDENT + "fix: " + inTheCodesTerms(unit, immutableInsideRc(finding).orElseGet(() -> fix(finding, names, culprit))));
        lines.add(INDENT + "explain: " + Code.F0277.explainLine());
        return finish(Code.F0277, finding.at(), lines, cannotCrossLabels(finding, unit), finding.severity(), unit);
    }

    private RenderedDiagnostic renderUnproven(Finding.Unproven finding, CompilationUnitTree unit) {
        TypeNamer names = TypeNamer.forTypes(List.of(finding.capture().type()), topLevels(unit));
        String type = names.name(finding.capture().type());
        String property = finding.property().display();
        List<String> lines = new ArrayList<>();
        lines.add("[" + Code.F0277 + "] `" + type + "` is not known to be `" + property
                + (finding.severity() == Finding.Severity.ERROR ? "` (strict mode)" : "` (warn-unknown)"));
        lines.add(INDENT + "help: the checker cannot tell whether `" + type + "` is `" + property + "`: "
                + unknownReason(finding.why()));
        addCaptureNotes(finding.capture(), unit, lines);
        lines.add(INDENT + "fix: if it is, say so: annotate the type `@" + property
                + "` (dev.fearless.marker) or `@ThreadSafe`, or describe it with -Xplugin:\"Fearless table=FILE\"");
        lines.add(INDENT + "explain: " + Code.F0277.explainLine());
        return finish(Code.F0277, finding.at(), lines, captureLabels(finding.capture(), finding.at(), unit, false),
                finding.severity(), unit);
    }

    private RenderedDiagnostic renderRace(Finding.Race race, CompilationUnitTree unit) {
        Capture capture = race.capture();
        Boundary boundary = capture.boundary();
        String var = "`" + capture.variable().getSimpleName() + "`";
        String what = describe(boundary.argument());
        long boundaryLine = line(unit, boundary.argument());
        List<TypeMirror> mentioned = new ArrayList<>();
        mentioned.add(capture.type());
        race.notSync().ifPresent(f -> {
            mentioned.add(f.culprit());
            f.steps().forEach(s -> mentioned.add(s.outer()));
        });
        TypeNamer names = TypeNamer.forTypes(mentioned, topLevels(unit));
        String type = race.notSync().map(f -> names.name(f.culprit())).orElse(names.name(capture.type()));
        Cause cause = race.notSync().map(Failure::cause).orElse(null);
        List<Step> steps = race.notSync().map(Failure::steps).orElse(List.of());
        String change = race.change().map(c -> "`" + quote(unit, c.getLeaf()) + "` (line "
                + line(unit, c.getLeaf()) + ")").orElse("");
        List<String> lines = new ArrayList<>();
        switch (race.kind()) {
            case USED_AFTER_MOVE -> {
                boolean dataRace = race.change().isPresent() && capture.kind() != Capture.Kind.ARGUMENT
                        && (cause == null || !cause.neverShareable());
                lines.add("[" + Code.F0382 + "] " + (dataRace
                        ? "data race: " + var + " is used here while " + otherSide(boundary, unit)
                        + (race.certain() ? " may still change it" : " may still change it (strict)")
                        + " (line " + line(unit, race.change().get().getLeaf()) + ")"
                        : var + " is used after it was moved to another thread"));
                lines.add(help(type, cause));
                steps.forEach(st -> lines.add(INDENT + "note: " + stepNote(st, names)));
                lines.add(INDENT + "note: " + var + (capture.kind() == Capture.Kind.ARGUMENT
                        ? " was passed to `" + boundary.target() + "` on line " + boundaryLine
                        + (boundary.via() == Boundary.Via.HAND_OFF ? ", which hands it to the thread that takes it"
                        : ", which may change it on the other thread")
                        : " was moved into the " + what + " on line " + boundaryLine
                        + (change.isEmpty() ? "" : ", which " + (race.certain() ? "changes it: " : "may change it (strict): ")
                        + change)));
            }
            case CHANGED_WHILE_SHARED -> {
                lines.add("[" + Code.F0382 + "] data race: " + var + (race.certain() ? " is changed here" : " may be changed here (strict)")
                        + " while " + otherSide(boundary, unit) + " may still read it (line "
                        + line(unit, capture.firstUse().getLeaf()) + ")");
                lines.add(help(type, cause));
                steps.forEach(st -> lines.add(INDENT + "note: " + stepNote(st, names)));
                lines.add(INDENT + "note: " + var + (capture.kind() == Capture.Kind.ARGUMENT
                        ? " was passed to `" + boundary.target() + "` on line " + boundaryLine
                        + ", which shares it with other threads"
                        : " is shared with the " + what + " on line " + boundaryLine
                        + ", which reads it on another thread"));
            }
            case CHANGED_IN_LOOP -> {
                boolean inside = isInside(unit, race.at(), boundary);
                String is = race.certain() ? " is changed" : " may be changed (strict)";
                lines.add("[" + Code.F0382 + "] " + var + is + (inside
                        ? " by every thread that this loop starts"
                        : " here while threads started by this loop may still use it"));
                lines.add(help(type, cause));
                steps.forEach(st -> lines.add(INDENT + "note: " + stepNote(st, names)));
                lines.add(INDENT + "note: the loop on line " + race.loop().map(l -> line(unit, l.getLeaf())).orElse(0L) + " hands the same " + var
                        + " to a new thread on every iteration, so several threads reach it at once"
                        + (inside || change.isEmpty() ? "" : "; the change: " + change));
            }
            case CHANGED_CONCURRENTLY -> {
                lines.add("[" + Code.F0382 + "] " + var + (race.certain() ? " is changed" : " may be changed (strict)")
                        + " by " + withArticle(what) + " that runs on several threads at once");
                lines.add(help(type, cause));
                steps.forEach(st -> lines.add(INDENT + "note: " + stepNote(st, names)));
            }
            case FIELD_WRITTEN -> {
                lines.add("[" + Code.F0382 + "] " + fieldWord(capture) + var + " is written by " + withArticle(what)
                        + " that runs on another thread");
                lines.add(INDENT + "help: " + var + " is neither final nor volatile: two threads can reach it at once, "
                        + "and a write may never become visible to the other thread");
            }
            case VOLATILE_COMPOUND -> {
                lines.add("[" + Code.F0382 + "] " + change.replaceAll(" \\(line [0-9]+\\)$", "")
                        + " on a volatile field races");
                lines.add(INDENT + "help: `volatile` makes each read and each write visible, but "
                        + change.replaceAll(" \\(line [0-9]+\\)$", "")
                        + " is a read and then a write: two threads can both read the same value and both write its successor");
            }
            case FIELD_CHANGED -> {
                lines.add("[" + Code.F0382 + "] " + fieldWord(capture) + var + " is changed by " + withArticle(what)
                        + " that runs on another thread");
                lines.add(help(type, cause));
                steps.forEach(st -> lines.add(INDENT + "note: " + stepNote(st, names)));
                if (race.change().map(c -> capture.callsTo(firstUseWithin(capture, c, unit)).isEmpty()).orElse(true)) {
                    lines.add(INDENT + "note: the change: " + change);
                }
            }
            case READ_WHILE_CHANGED -> {
                TreePath entry = race.loop().orElse(race.change().orElseThrow());
                String mutator = methodName(entry);
                lines.add("[" + Code.F0382 + "] data race: " + fieldWord(capture) + var + " is read by "
                        + withArticle(what) + " that runs on another thread while `" + mutator + "` may change it (line "
                        + line(unit, entry.getLeaf()) + ")");
                lines.add(help(type, cause));
                steps.forEach(st -> lines.add(INDENT + "note: " + stepNote(st, names)));
                String through = race.loop().map(c -> "`" + quote(unit, c.getLeaf()) + "` (line " + line(unit, c.getLeaf())
                        + "), which changes it: ").orElse("");
                lines.add(INDENT + "note: the change: " + through + change + "; `" + mutator
                        + "` is not private, so any thread that holds " + (isStatic(capture) ? "the class" : "the object")
                        + " may call it while the " + what + " runs");
            }
            case MOVED_IN_LOOP -> {
                lines.add("[" + Code.F0382 + "] " + var + " is moved to a new thread on every iteration of a loop");
                lines.add(help(type, cause));
                steps.forEach(st -> lines.add(INDENT + "note: " + stepNote(st, names)));
                lines.add(INDENT + "note: the loop on line " + race.loop().map(l -> line(unit, l.getLeaf())).orElse(0L) + " hands the same " + var
                        + " to several threads, which may use it at once");
            }
        }
        if (race.at().getLeaf() instanceof com.sun.source.tree.IdentifierTree id && capture.variable() != null
                && !id.getName().equals(capture.variable().getSimpleName())) {
            // the headline names what the code here uses; the note ties it to what the other thread has
            lines.set(0, lines.get(0).replaceFirst(java.util.regex.Pattern.quote(var),
                    java.util.regex.Matcher.quoteReplacement("`" + id.getName() + "`")));
            lines.add(INDENT + "note: " + var + " and `" + id.getName()
                    + "` refer to the same value (one is the other, or a view of it)");
        }
        if (capture.kind() == Capture.Kind.FIELD) {
            String verb = switch (race.kind()) {
                case FIELD_WRITTEN -> "writes it";
                case VOLATILE_COMPOUND -> "updates it";
                case FIELD_CHANGED -> "changes it";
                case READ_WHILE_CHANGED -> "reads it";
                default -> "uses it";
            };
            if (race.kind() == Finding.RaceKind.READ_WHILE_CHANGED) {
                readThrough(capture, race.at(), unit).ifPresent(n -> lines.add(INDENT + n));
            } else {
                reachedThrough(capture, race.change().orElse(race.at()), verb, unit).ifPresent(n -> lines.add(INDENT + n));
            }
            if (race.kind() != Finding.RaceKind.READ_WHILE_CHANGED) {
                lines.add(INDENT + "note: " + (isStatic(capture) ? sharedByEveryThread(capture)
                        : "the object that holds " + var + " stays reachable from the spawning thread"));
            }
        }
        lines.add(INDENT + boundaryNote(capture));
        storedNote(capture, unit).ifPresent(n -> lines.add(INDENT + n));
        lines.add(INDENT + "fix: " + inTheCodesTerms(unit, joinLater(race, unit).map(j -> "move `" + quote(unit, j.getLeaf()) + "` (line "
                + line(unit, j.getLeaf()) + ") up, before this use of " + var + " (the thread is joined only there), "
                + raceFix(race, var, names).replace("join the thread before using " + var + " again, ", "")
                        .replaceFirst(", or ", ", or "))
                .orElseGet(() -> raceFix(race, var, names))));
        lines.add(INDENT + "explain: " + Code.F0382.explainLine());
        return finish(Code.F0382, race.at(), lines, raceLabels(race, unit), race.severity(), unit);
    }

    /** The other side of a race, as the spawning code sees it: "the thread started on line 9". */
    private String otherSide(Boundary boundary, CompilationUnitTree unit) {
        long at = line(unit, boundary.call().getLeaf());
        String target = boundary.target();
        boolean thread = boundary.via() == Boundary.Via.THREAD_START || target.startsWith("new Thread")
                || target.endsWith(".spawn") || target.endsWith("startVirtualThread") || target.endsWith(".start");
        return thread ? "the thread started on line " + at
                : "the " + describe(boundary.argument()) + " handed to `" + target + "` on line " + at;
    }

    /** What a property means, said once per diagnostic where it is first named. */
    static String meaning(Property property) {
        return property == Property.SEND ? "safe to hand to another thread" : "safe to use from several threads at once";
    }

    private static String help(String type, Cause cause) {
        return INDENT + "help: `" + type + "` is not `Sync` (" + meaning(Property.SYNC) + "): " + reason(cause, Property.SYNC)
                + (cause.neverShareable() ? "; it may be moved to one thread but never used by two" : "");
    }

    private static String raceFix(Finding.Race race, String var, TypeNamer names) {
        String safe = safeType(race.notSync().map(Failure::culprit).orElse(race.capture().type()), names);
        String threadSafe = safe == null ? "use a thread-safe type" : "use a thread-safe type (" + safe + ")";
        switch (race.kind()) {
            case FIELD_WRITTEN:
                return "use " + atomicFor(race.capture().type(), names) + ", guard it with a lock, "
                        + "or make it `volatile` if it is a simple flag";
            case VOLATILE_COMPOUND:
                return "use an atomic update (`AtomicInteger.incrementAndGet()`, `LongAdder`) or guard it with a lock";
            case READ_WHILE_CHANGED:
                return (safe == null ? "use a thread-safe type (`ConcurrentHashMap`, `CopyOnWriteArrayList`)" : threadSafe)
                        + ", or guard the reads and the changes with one lock";
            case FIELD_CHANGED:
                return safe == null
                        ? "use a thread-safe type (`ConcurrentHashMap`, `CopyOnWriteArrayList`) or guard it with a lock"
                        : threadSafe + " or guard it with a lock";
            default:
                break;
        }
        Cause cause = race.notSync().orElseThrow().cause();
        if (cause.neverShareable()) {
            return cause.help().isEmpty() ? "create a separate one inside the " + describe(race.capture()
                    .boundary().argument()) : cause.help();
        }
        return switch (race.kind()) {
            case USED_AFTER_MOVE, CHANGED_WHILE_SHARED -> {
                String copy = copyOf(race.capture().type(), var.replace("`", ""));
                if (race.capture().kind() == Capture.Kind.ARGUMENT) {
                    yield "stop using " + var + " after `" + race.capture().boundary().target()
                            + "`, or pass a copy if this thread still needs it"
                            + (copy == null ? "" : " (" + copy + ")");
                }
                yield "join the thread before using " + var + " again, hand the other thread its own copy"
                        + (copy == null ? "" : " made before the boundary (" + copy + ")")
                        + ", or " + threadSafe;
            }
            case CHANGED_CONCURRENTLY -> "let the stream or the tasks build the result (`.toList()`, "
                    + "`collect(..)`) instead of changing shared state, or " + threadSafe;
            default -> "give each thread its own value and combine the results after `join()`, "
                    + "or guard it with a lock (`Arc<Mutex<..>>`) or " + threadSafe;
        };
    }

    /**
     * The thread-safe type a fix names for a value of {@code type}, with its type arguments
     * ({@code ConcurrentHashMap<String, Integer>} for a {@code Map<String, Integer>}); null when there is none.
     */
    static String safeType(TypeMirror type, TypeNamer names) {
        if (type.getKind() == javax.lang.model.type.TypeKind.ARRAY) {
            TypeMirror component = ((javax.lang.model.type.ArrayType) type).getComponentType();
            return switch (component.getKind()) {
                case INT, SHORT, BYTE, CHAR -> "`AtomicIntegerArray`";
                case LONG -> "`AtomicLongArray`";
                case DECLARED -> "`AtomicReferenceArray<" + names.name(component) + ">`";
                default -> null;
            };
        }
        if (!(type instanceof javax.lang.model.type.DeclaredType dt)) {
            return null;
        }
        javax.lang.model.element.TypeElement e = (javax.lang.model.element.TypeElement) dt.asElement();
        for (dev.fearless.checker.knowledge.JdkMethods.Row row : dev.fearless.checker.knowledge.JdkMethods.safeTypes()) {
            if (!implementsType(e, row.owner())) {
                continue;
            }
            String template = row.template();
            List<? extends TypeMirror> args = dt.getTypeArguments();
            int wanted = template.contains("%2") ? 2 : template.contains("%1") ? 1 : 0;
            boolean usable = args.size() == wanted
                    && args.stream().allMatch(a -> a.getKind() == javax.lang.model.type.TypeKind.DECLARED
                            || a.getKind() == javax.lang.model.type.TypeKind.ARRAY);
            for (int i = 1; i <= wanted; i++) {
                template = usable ? template.replace("%" + i, names.name(args.get(i - 1)))
                        : template.replace(".<%1>", ".").replace("<%1, %2>", "<>").replace("<%" + i + ">", "<>");
            }
            return template;
        }
        return null;
    }

    /** The atomic type a fix names for a field of {@code type} that other threads assign. */
    private static String atomicFor(TypeMirror type, TypeNamer names) {
        return switch (type.getKind()) {
            case INT, SHORT, BYTE, CHAR -> "an `AtomicInteger` (a `LongAdder` for a counter)";
            case LONG -> "an `AtomicLong` (a `LongAdder` for a counter)";
            case BOOLEAN -> "an `AtomicBoolean`";
            case DECLARED, ARRAY -> "an `AtomicReference<" + names.name(type) + ">`";
            default -> "an atomic type (`AtomicInteger`, `AtomicReference`)";
        };
    }

    /** How to copy a value of {@code type}, for the fix; null when there is no obvious way. */
    private static String copyOf(TypeMirror type, String var) {
        if (type.getKind() == javax.lang.model.type.TypeKind.ARRAY) {
            return "`" + var + ".clone()`";
        }
        if (!(type instanceof javax.lang.model.type.DeclaredType dt)) {
            return null;
        }
        javax.lang.model.element.TypeElement e = (javax.lang.model.element.TypeElement) dt.asElement();
        for (dev.fearless.checker.knowledge.JdkMethods.Row row : dev.fearless.checker.knowledge.JdkMethods.copies()) {
            if (implementsType(e, row.owner())) {
                return row.template().replace("%s", var);
            }
        }
        return null;
    }

    private static boolean implementsType(javax.lang.model.element.TypeElement e, String name) {
        if (e.getQualifiedName().contentEquals(name)) {
            return true;
        }
        for (TypeMirror i : e.getInterfaces()) {
            if (i instanceof javax.lang.model.type.DeclaredType d
                    && implementsType((javax.lang.model.element.TypeElement) d.asElement(), name)) {
                return true;
            }
        }
        TypeMirror sup = e.getSuperclass();
        return sup instanceof javax.lang.model.type.DeclaredType d
                && implementsType((javax.lang.model.element.TypeElement) d.asElement(), name);
    }

    private boolean isInside(CompilationUnitTree unit, TreePath at, Boundary boundary) {
        long p = positions.getStartPosition(unit, at.getLeaf());
        return p >= positions.getStartPosition(unit, boundary.argument())
                && p < positions.getEndPosition(unit, boundary.argument());
    }

    private String quote(CompilationUnitTree unit, Tree tree) {
        try {
            CharSequence text = unit.getSourceFile().getCharContent(true);
            String q = text.subSequence((int) positions.getStartPosition(unit, tree),
                    (int) positions.getEndPosition(unit, tree)).toString().replaceAll("\\s+", " ");
            return q.length() > 60 ? q.substring(0, 57) + "..." : q;
        } catch (java.io.IOException | RuntimeException e) {
            return tree.getKind().toString().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private void addCaptureNotes(Capture capture, CompilationUnitTree unit, List<String> lines) {
        Boundary boundary = capture.boundary();
        String what = describe(boundary.argument());
        StringBuilder note = new StringBuilder("note: required because ");
        switch (capture.kind()) {
            case LOCAL -> note.append('`').append(capture.variable().getSimpleName()).append("` is used within this ")
                    .append(what).append(" (line ").append(line(unit, boundary.argument())).append(")");
            case FIELD -> {
                List<TreePath> calls = capture.callsTo(capture.firstUse());
                note.append(fieldWord(capture)).append('`').append(capture.variable().getSimpleName())
                        .append(calls.isEmpty() ? "` is used within this " : "` is used by `"
                                + quote(unit, calls.get(0).getLeaf()) + "`, called within this ")
                        .append(what).append(" (line ")
                        .append(line(unit, boundary.argument())).append("), and ")
                        .append(isStatic(capture) ? sharedByEveryThread(capture)
                                : "the object that holds it stays reachable from this thread");
            }
            case RESULT -> note.append("this ").append(what).append(" (line ").append(line(unit, boundary.argument()))
                    .append(boundary.kind() == dev.fearless.checker.boundary.BoundaryKind.ONCE_PER_THREAD
                            ? ") returns it, and every thread that asks for its value gets this same one"
                            : ") returns it, and its result goes to whichever thread reads it");
            case THREAD_OBJECT -> note.append("the fields of ").append(capture.variable() == null
                            ? "the new `" + boundary.target().replace(".start", "") + "`"
                            : "`" + capture.variable().getSimpleName() + "`")
                    .append(" go with it to the new thread (line ").append(line(unit, boundary.argument()))
                    .append(")");
            case ARGUMENT -> note.append(capture.variable() == null ? "the value"
                            : "`" + capture.variable().getSimpleName() + "`")
                    .append(" is passed to `").append(boundary.target()).append("` (line ")
                    .append(line(unit, boundary.argument())).append(")");
        }
        Set<Long> useLines = new TreeSet<>();
        capture.uses().forEach(u -> useLines.add(line(unit, u.getLeaf())));
        if (useLines.size() > 1) {
            StringJoiner more = new StringJoiner(", ", "; uses on lines ", "");
            useLines.forEach(l -> more.add(Long.toString(l)));
            note.append(more);
        }
        lines.add(INDENT + note);
        lines.add(INDENT + boundaryNote(capture));
        storedNote(capture, unit).ifPresent(n -> lines.add(INDENT + n));
    }

    /**
     * For a field reached inside a called method: the calls from the task's code down to the use, ending with
     * the use itself ("`record(item)` (line 14) calls `bump(k)` (line 20), which changes it: `counts.merge(..)`
     * (line 22)").
     */
    private java.util.Optional<String> reachedThrough(Capture capture, TreePath where, String verb,
                                                      CompilationUnitTree unit) {
        long start = positions.getStartPosition(unit, where.getLeaf());
        long end = positions.getEndPosition(unit, where.getLeaf());
        for (TreePath use : capture.uses()) {
            List<TreePath> calls = capture.callsTo(use);
            long p = positions.getStartPosition(unit, use.getLeaf());
            if (calls.isEmpty() || p < start || p >= end) {
                continue;
            }
            StringBuilder note = new StringBuilder("note: ");
            for (int i = 0; i < calls.size(); i++) {
                note.append(i == 0 ? "" : " calls ").append('`').append(quote(unit, calls.get(i).getLeaf()))
                        .append("` (line ").append(line(unit, calls.get(i).getLeaf())).append(")");
            }
            note.append(calls.size() == 1 ? " " : ", which ").append(verb).append(": `").append(quote(unit, where.getLeaf())).append("` (line ")
                    .append(line(unit, where.getLeaf())).append(")");
            return java.util.Optional.of(note.toString());
        }
        return java.util.Optional.empty();
    }

    /**
     * A fix in the words of the code at hand: a file that uses no Fearless types is told of the JDK's locks
     * ({@code synchronized}, {@code ReentrantLock}) rather than of {@code Mutex}.
     */
    private static String inTheCodesTerms(CompilationUnitTree unit, String fix) {
        boolean fearless = unit.getPackageName() != null && unit.getPackageName().toString().startsWith("dev.fearless");
        for (com.sun.source.tree.ImportTree i : unit.getImports()) {
            fearless |= i.getQualifiedIdentifier().toString().startsWith("dev.fearless.");
        }
        if (fearless) {
            return fix;
        }
        return fix.replace("guard it with a lock (`Arc<Mutex<..>>`)", "guard it with a lock (`synchronized`, a `ReentrantLock`)")
                .replace("guard it with a `Mutex`", "guard it with a lock (`synchronized`, a `ReentrantLock`)");
    }

    /**
     * The join that is already written, after the racing use: {@code var h = spawn(..); use(v); h.join();}. Only
     * for a use by the spawning code of a value the thread still has; the handle is the local the boundary's
     * result is stored in, and the join a call of {@code join} or {@code get} on it in the same block.
     */
    private java.util.Optional<TreePath> joinLater(Finding.Race race, CompilationUnitTree unit) {
        if (race.kind() != Finding.RaceKind.USED_AFTER_MOVE && race.kind() != Finding.RaceKind.CHANGED_WHILE_SHARED
                || race.capture().kind() == Capture.Kind.ARGUMENT) {
            return java.util.Optional.empty();
        }
        TreePath call = race.capture().boundary().call();
        TreePath statement = call.getParentPath();
        if (!(statement.getLeaf() instanceof com.sun.source.tree.VariableTree declared)
                || declared.getInitializer() != call.getLeaf()
                || !(statement.getParentPath().getLeaf() instanceof com.sun.source.tree.BlockTree block)) {
            return java.util.Optional.empty();
        }
        javax.lang.model.element.Element handle = trees.getElement(statement);
        long useAt = positions.getStartPosition(unit, race.at().getLeaf());
        for (com.sun.source.tree.StatementTree st : block.getStatements()) {
            if (positions.getStartPosition(unit, st) <= useAt
                    || !(st instanceof com.sun.source.tree.ExpressionStatementTree e)
                    || !(e.getExpression() instanceof com.sun.source.tree.MethodInvocationTree m)
                    || !(m.getMethodSelect() instanceof com.sun.source.tree.MemberSelectTree select)
                    || !(select.getIdentifier().contentEquals("join") || select.getIdentifier().contentEquals("get"))
                    || !m.getArguments().isEmpty()) {
                continue;
            }
            TreePath stPath = new TreePath(statement.getParentPath(), st);
            TreePath receiver = new TreePath(new TreePath(new TreePath(new TreePath(stPath, e), m), select),
                    select.getExpression());
            if (handle != null && handle.equals(trees.getElement(receiver))) {
                return java.util.Optional.of(new TreePath(new TreePath(stPath, e), m));
            }
        }
        return java.util.Optional.empty();
    }

    /** For a read in a method the task calls: "`this::loop` (line 17) reads it: `listeners` (line 33)". */
    private java.util.Optional<String> readThrough(Capture capture, TreePath at, CompilationUnitTree unit) {
        for (TreePath use : capture.uses()) {
            List<TreePath> calls = capture.callsTo(use);
            if (!calls.isEmpty() && calls.get(0).getLeaf() == at.getLeaf()
                    && use.getCompilationUnit() == unit) {
                return java.util.Optional.of("note: `" + quote(unit, at.getLeaf()) + "` (line " + line(unit, at.getLeaf())
                        + ") reads it: `" + quote(unit, use.getLeaf()) + "` (line "
                        + line(unit, use.getLeaf()) + ")");
            }
        }
        return java.util.Optional.empty();
    }

    /** The first use of {@code capture} that lies within {@code where}'s tree ({@code where} itself if none). */
    private TreePath firstUseWithin(Capture capture, TreePath where, CompilationUnitTree unit) {
        long start = positions.getStartPosition(unit, where.getLeaf());
        long end = positions.getEndPosition(unit, where.getLeaf());
        for (TreePath use : capture.uses()) {
            long p = positions.getStartPosition(unit, use.getLeaf());
            if (p >= start && p < end) {
                return use;
            }
        }
        return where;
    }

    /** Where stored code was kept on its way to the boundary: {@code Runnable task = () -> ..; submit(task)}. */
    private java.util.Optional<String> storedNote(Capture capture, CompilationUnitTree unit) {
        Boundary boundary = capture.boundary();
        Boundary.Stored stored = boundary.stored();
        if (stored == null) {
            return java.util.Optional.empty();
        }
        if (stored.added() != null) {
            String each = "note: the " + describe(boundary.argument()) + " is added to `" + stored.variable().getSimpleName()
                    + "` (line " + line(unit, stored.added().getLeaf()) + ")";
            return java.util.Optional.of(each + (stored.again() != null
                    ? " on every iteration of a loop, so `" + stored.variable().getSimpleName() + "` holds several tasks made from it"
                    : "") + ", which is handed to `" + boundary.target() + "` on line "
                    + line(unit, stored.reference().getLeaf()));
        }
        if (stored.from() == Boundary.From.STREAMED) {
            return java.util.Optional.of("note: the stream makes a " + describe(boundary.argument()) + " for each element (line "
                    + line(unit, boundary.argument()) + ") and hands each to `" + boundary.target() + "`, so several of them run at once");
        }
        if (stored.from() == Boundary.From.RETURNED) {
            String method = stored.reference().getLeaf() instanceof com.sun.source.tree.MethodInvocationTree call
                    ? quote(unit, call.getMethodSelect()) : "the method";
            return java.util.Optional.of("note: the " + describe(boundary.argument()) + " is returned by `" + method
                    + "` (line " + line(unit, boundary.argument()) + "), called on line "
                    + line(unit, stored.reference().getLeaf()) + " to make the task handed to `" + boundary.target() + "`");
        }
        String note = "note: the " + describe(boundary.argument()) + " is stored in "
                + (stored.from() == Boundary.From.FIELD ? "the field `" : "`") + stored.variable().getSimpleName()
                + "` (line " + line(unit, boundary.argument()) + ") and handed to `" + boundary.target() + "` on line "
                + line(unit, stored.reference().getLeaf());
        if (stored.again() != null) {
            note += ", and again on line " + line(unit, stored.again().getLeaf());
        }
        return java.util.Optional.of(note);
    }

    private static String boundaryNote(Capture capture) {
        Boundary boundary = capture.boundary();
        if (capture.kind() == Capture.Kind.ARGUMENT) {
            return "note: required by " + requirement(boundary.requirement()) + ", which "
                    + (boundary.via() == Boundary.Via.HAND_OFF ? "moves the argument to whichever thread takes it"
                    : boundary.kind() == dev.fearless.checker.boundary.BoundaryKind.CONCURRENTLY
                    ? "shares the argument with other threads" : "moves the argument to another thread");
        }
        return "note: required by " + requirement(boundary.requirement()) + ", which "
                + effect(boundary.effect(), "the " + describe(boundary.argument()));
    }

    /** Completes "the checker cannot tell because ...". */
    static String unknownReason(Verdict.Unknown unknown) {
        String t = "`" + unknown.subject() + "`";
        return switch (unknown.reason()) {
            case WILDCARD -> "`?` may be any type";
            case TYPE_VARIABLE -> "a type variable may be any type";
            case OTHER_KIND -> "the checker does not know this kind of type";
            case EXPANSIVE -> t + " nests itself in its own type arguments without bound";
            case JDK_UNTABLED -> t + " is not in the checker's JDK table";
            case INTERFACE -> "an interface may be implemented by any class";
            case OPEN_CLASS -> "a class that is not final may have subclasses with other fields";
            case RAW -> "raw type " + t;
        };
    }

    /** Completes "required by ...": why the call is a boundary. */
    static String requirement(Boundary.Requirement requirement) {
        if (requirement instanceof Boundary.Requirement.Marker m) {
            return "`@" + (m.send() ? "Send" : "Sync") + "` on the parameter of `" + m.target() + "`";
        }
        if (requirement instanceof Boundary.Requirement.Method m) {
            return "`" + m.target() + "`";
        }
        if (requirement instanceof Boundary.Requirement.ParallelStream p) {
            return "the parallel stream's `" + p.stage() + "`";
        }
        Boundary.Requirement.Wrapper w = (Boundary.Requirement.Wrapper) requirement;
        return "`" + w.target() + "`, which hands it to " + requirement(w.inner()) + " (line " + w.innerLine() + ")";
    }

    /** What the callee does with {@code argument} (already described: "the lambda"). */
    static String effect(Boundary.Effect effect, String argument) {
        if (effect instanceof Boundary.Effect.Cited c) {
            return c.template().replace("{}", argument);
        }
        if (effect instanceof Boundary.Effect.RunsThreadBody t) {
            return "runs `" + t.threadClass() + ".run` on a new thread";
        }
        if (effect instanceof Boundary.Effect.SeveralAtOnce) {
            return "runs the tasks on several pool threads at once";
        }
        return switch ((Boundary.Effect.Standard) effect) {
            case RUNS_ELSEWHERE -> "runs " + argument + " on another thread";
            case SHARED -> "shares " + argument + " with other threads";
            case RUNS_ON_SEVERAL_THREADS -> "runs " + argument + " on several threads at once";
            case RUNS_ON_SEVERAL_POOL_THREADS -> "runs " + argument + " on several pool threads at once";
            case HANDS_OFF -> "hands " + argument + " to whichever thread takes it";
        };
    }


    private static boolean isEnumConstant(Capture capture) {
        return capture.variable().getKind() == javax.lang.model.element.ElementKind.ENUM_CONSTANT;
    }

    /** The name of the method that holds {@code path}. */
    private String methodName(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof com.sun.source.tree.MethodTree m) {
                return m.getName().toString();
            }
        }
        return "a method";
    }

    private static String fieldWord(Capture capture) {
        return isEnumConstant(capture) ? "the enum constant " : "the field ";
    }

    private static String sharedByEveryThread(Capture capture) {
        return isEnumConstant(capture) ? "enum constants are shared by every thread, like static fields"
                : "static fields are shared by every thread";
    }

    private static boolean isStatic(Capture capture) {
        return capture.variable().getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
    }

    private static String reason(Cause cause, Property property) {
        Cause.Reason reason = cause.reason();
        if (reason instanceof Cause.Reason.Stated stated) {
            return stated.text();
        }
        if (reason instanceof Cause.Reason.FieldNotFinal field) {
            return "its field `" + field.field() + "` is not final";
        }
        return switch ((Cause.Reason.Standard) reason) {
            case ARRAY_ELEMENTS -> "any holder can store into its elements";
            case ANY_HOLDER_MAY_CHANGE -> "any holder may change it";
            case BY_CATEGORY -> byCategory(cause, property);
        };
    }

    private static String byCategory(Cause cause, Property property) {
        return switch (cause.category()) {
            case DECLARED -> "it is annotated `@Not" + property.display() + "`";
            case DECLARED_NOT_THREAD_SAFE -> "it is annotated `@NotThreadSafe`";
            case CONFINED -> "it belongs to the thread that created it";
            case INTERIOR_MUTABILITY -> "even reading it changes its state";
            case PLAIN_MUTABLE -> "any holder may change it";
            case UNPROVEN -> "the checker cannot prove it";
        };
    }

    private static String stepNote(Step step, TypeNamer names) {
        String outer = names.name(step.outer());
        return switch (step.kind()) {
            case CONDITION -> "required for `" + outer + "` to implement `" + step.property().display() + "`";
            case FIELD -> "required because it appears within the type `" + outer + "` (field `" + step.field() + "`)";
            case ELEMENT -> "required because it is the element type of `" + outer + "`";
        };
    }

    /**
     * For an {@code Rc} around a value that is already immutable ({@code Rc.of(List.of(..))}): the fix is to drop
     * the {@code Rc}, not to reach for {@code Arc<Mutex<..>>}: an immutable collection of immutable elements is
     * safe to share as it is.
     */
    private java.util.Optional<String> immutableInsideRc(Finding.CannotCross finding) {
        Capture capture = finding.capture();
        if (capture.kind() != Capture.Kind.LOCAL || capture.variable() == null
                || !(capture.type() instanceof javax.lang.model.type.DeclaredType rc)
                || !((javax.lang.model.element.TypeElement) rc.asElement()).getQualifiedName().contentEquals("dev.fearless.rc.Rc")
                || rc.getTypeArguments().size() != 1) {
            return java.util.Optional.empty();
        }
        TreePath root = dev.fearless.checker.tree.TreeShapes.bodyRoot(capture.boundary().call());
        if (root == null) {
            return java.util.Optional.empty();
        }
        TreePath[] init = new TreePath[1];
        new com.sun.source.util.TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(com.sun.source.tree.VariableTree node, Void unused) {
                if (node.getInitializer() != null && capture.variable().equals(trees.getElement(getCurrentPath()))) {
                    init[0] = new TreePath(getCurrentPath(), node.getInitializer());
                }
                return super.visitVariable(node, unused);
            }
        }.scan(root, null);
        if (init[0] == null || !(dev.fearless.checker.tree.TreeShapes.strip(init[0]).getLeaf()
                instanceof com.sun.source.tree.MethodInvocationTree of) || of.getArguments().size() != 1
                || !"dev.fearless.rc.Rc.of".equals(qualifiedName(trees.getElement(dev.fearless.checker.tree.TreeShapes.strip(init[0]))))) {
            return java.util.Optional.empty();
        }
        TreePath inner = dev.fearless.checker.tree.TreeShapes.strip(new TreePath(init[0], of.getArguments().get(0)));
        String factory = qualifiedName(trees.getElement(inner));
        if (!(inner.getLeaf() instanceof com.sun.source.tree.MethodInvocationTree)
                || !dev.fearless.checker.knowledge.JdkMethods.qualified(dev.fearless.checker.knowledge.JdkMethods.Kind.IMMUTABLE)
                        .contains(factory)) {
            return java.util.Optional.empty();
        }
        TypeNamer names = TypeNamer.forTypes(List.of(rc.getTypeArguments().get(0)), Set.of());
        String simple = factory.substring(factory.lastIndexOf('.', factory.lastIndexOf('.') - 1) + 1);
        return java.util.Optional.of("the `Rc` holds `" + simple + "(..)`, which is already immutable: drop the `Rc` and share the value itself (`"
                + names.name(rc.getTypeArguments().get(0)) + " " + capture.variable().getSimpleName() + " = " + simple
                + "(..)`), which any thread may read");
    }

    private static String qualifiedName(javax.lang.model.element.Element e) {
        if (e instanceof javax.lang.model.element.ExecutableElement m
                && m.getEnclosingElement() instanceof javax.lang.model.element.TypeElement owner) {
            return owner.getQualifiedName() + "." + m.getSimpleName();
        }
        return "";
    }

    private static String fix(Finding.CannotCross finding, TypeNamer names, String culprit) {
        Cause cause = finding.failure().cause();
        Property property = finding.failure().property();
        if (finding.capture().kind() == Capture.Kind.RESULT
                && finding.capture().boundary().kind() == dev.fearless.checker.boundary.BoundaryKind.ONCE_PER_THREAD) {
            return "create the value inside the lambda (`ThreadLocal.withInitial(() -> new ..)`), so that each thread gets its own";
        }
        if (finding.remedy().isPresent()) {
            Finding.Remedy r = finding.remedy().get();
            String use = "use `" + names.name(r.type()) + "` instead of `" + culprit + "` (" + r.qualifiedName();
            String prop = "`" + r.property().display() + "`";
            if (r.needs().isEmpty()) {
                return use + " is always " + prop + ")";
            }
            StringJoiner needs = new StringJoiner(" and ");
            for (Finding.Need n : r.needs()) {
                StringJoiner ps = new StringJoiner(" and ");
                n.properties().forEach(p -> ps.add("`" + p.display() + "`"));
                needs.add("`" + names.name(n.argument()) + "` is " + ps);
            }
            if (r.satisfied()) {
                return use + " is " + prop + " because " + needs + ")";
            }
StringJoiner missing = new StringJoiner(" and ");
            r.needs().forEach(n -> missing.add("`" + names.name(n.argument()) + "`"));
            return "use `" + simpleOf(r.qualifiedName()) + "<Mutex<" + names.name(r.needs().get(0).argument())
                    + ">>` instead of `" + culprit + "` (" + r.qualifiedName() + " is " + prop + " only if " + needs
                    + ", and " + missing + " is not: the `Mutex` makes it so)";
        }
        if (!cause.help().isEmpty()) {
            return cause.help();
        }
        return switch (cause.category()) {
            case CONFINED, DECLARED, DECLARED_NOT_THREAD_SAFE, INTERIOR_MUTABILITY, UNPROVEN -> property == Property.SEND
                    ? "create the value on the thread that uses it instead of capturing it"
                    : "give each thread its own value, or guard it with a `Mutex`";
            case PLAIN_MUTABLE -> "guard it with a `Mutex`, or use a thread-safe type";
        };
    }

    private Set<String> topLevels(CompilationUnitTree unit) {
        Set<String> out = new HashSet<>();
        for (Tree decl : unit.getTypeDecls()) {
            if (decl instanceof ClassTree c) {
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString() + ".";
                out.add(pkg + c.getSimpleName());
            }
        }
        return out;
    }

    private static String describe(Tree argument) {
        while (argument instanceof ParenthesizedTree p) {
            argument = p.getExpression();
        }
        if (argument instanceof LambdaExpressionTree) {
            return "lambda";
        }
        if (argument instanceof MemberReferenceTree) {
            return "method reference";
        }
        if (argument instanceof com.sun.source.tree.NewClassTree n && n.getClassBody() == null) {
            return "task `" + n.getIdentifier() + "`";
        }
        return "anonymous class";
    }

    /** "a lambda", "an anonymous class": the indefinite article that {@code what} takes. */
    private static String withArticle(String what) {
        return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
    }

    private static String simpleOf(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    // ---- labels: the places a diagnostic names, as spans with short messages ----

    /**
     * The message with the snippets of {@code labels} after its {@code help} lines, and the labels themselves:
     * every diagnostic with labels goes through here once.
     */
    private RenderedDiagnostic finish(Code code, TreePath at, List<String> lines, Labels labels,
                                      Finding.Severity severity, CompilationUnitTree unit) {
        List<RenderedDiagnostic.Label> built = labels.build();
        List<String> out = new ArrayList<>(lines);
        int after = 1;
        while (after < out.size() && out.get(after).startsWith(INDENT + "help:")) {
            after++;
        }
        long caret = positions.getStartPosition(unit, dev.fearless.checker.tree.TreeShapes.leftmost(at).getLeaf());
        out.addAll(after, LabelSnippets.lines(text(unit), caret, built));
        return new RenderedDiagnostic(code, at, String.join("\n", out), severity, built);
    }

    /**
     * The labels of a type that cannot cross. A remedy names another type for the culprit: the fix goes where the
     * culprit is written, the captured variable's declaration or the field of the innermost type that holds it.
     */
    private Labels cannotCrossLabels(Finding.CannotCross finding, CompilationUnitTree unit) {
        Step holder = finding.failure().steps().stream().filter(st -> st.kind() == Step.Kind.FIELD).findFirst()
                .orElse(null);
        Labels labels = captureLabels(finding.capture(), finding.at(), unit,
                finding.remedy().isPresent() && holder == null);
        if (finding.remedy().isPresent() && holder != null) {
            labels.declaration(fieldOf(holder), "`" + holder.field() + "` is declared here; the fix goes here");
        }
        return labels;
    }

    /** The labels of a type that cannot cross (or is not known to): the use, the boundary, the declaration. */
    private Labels captureLabels(Capture capture, TreePath at, CompilationUnitTree unit, boolean fixAtDeclaration) {
        Labels labels = new Labels(unit).primary(at, useMessage(capture, capture.firstUse(), unit));
        Set<Long> seen = new HashSet<>();
        seen.add(line(unit, at.getLeaf()));
        int more = 0;
        for (TreePath use : capture.uses()) {
            TreePath place = capture.pointAt(use);
            if (more < 3 && seen.add(line(unit, place.getLeaf()))) {
                labels.add(place.getLeaf(), capture.callsTo(use).isEmpty() ? "used here too"
                        : "`" + quote(unit, place.getLeaf()) + "` uses it too");
                more++;
            }
        }
        boundaryLabel(labels, capture);
        if (capture.variable() != null && (capture.kind() == Capture.Kind.FIELD
                || (capture.kind() == Capture.Kind.LOCAL && fixAtDeclaration))) {
            labels.declaration(capture.variable(), "`" + capture.variable().getSimpleName() + "` is declared here"
                    + (fixAtDeclaration ? "; the fix goes here" : ""));
        }
        return labels;
    }

    /** The field a {@link Step.Kind#FIELD} step goes through, or null. */
    private static javax.lang.model.element.Element fieldOf(Step step) {
        if (!(step.outer() instanceof javax.lang.model.type.DeclaredType outer)) {
            return null;
        }
        for (javax.lang.model.element.Element e : outer.asElement().getEnclosedElements()) {
            if (e.getKind().isField() && e.getSimpleName().contentEquals(step.field())) {
                return e;
            }
        }
        return null;
    }

    /** What the label at a capture's first use says. */
    private String useMessage(Capture capture, TreePath use, CompilationUnitTree unit) {
        String what = describe(capture.boundary().argument());
        String name = capture.variable() == null ? "the value" : "`" + capture.variable().getSimpleName() + "`";
        switch (capture.kind()) {
            case ARGUMENT:
                return name + " is passed here";
            case RESULT:
                return "returned here, to whichever thread reads the result";
            case THREAD_OBJECT:
                return "its fields go to the new thread";
            default:
                List<TreePath> calls = capture.callsTo(use);
                return calls.isEmpty() ? name + " is used here, within the " + what
                        : "`" + quote(unit, calls.get(0).getLeaf()) + "` uses " + name + ", within the " + what;
        }
    }

    /**
     * The labels of a race: where it is reported, the change, the other thread's use when the report is on this
     * thread's side, the loop, the boundary, and the field's declaration where the fix goes.
     */
    private Labels raceLabels(Finding.Race race, CompilationUnitTree unit) {
        Capture capture = race.capture();
        Boundary boundary = capture.boundary();
        boolean atInside = isInside(unit, race.at(), boundary);
        String message;
        switch (race.kind()) {
            case USED_AFTER_MOVE:
                message = race.change().isPresent() && capture.kind() != Capture.Kind.ARGUMENT
                        ? "used here while the other thread may change it" : "used here after the move";
                break;
            case CHANGED_WHILE_SHARED:
                message = "changed here while the other thread may read it";
                break;
            case CHANGED_IN_LOOP:
                message = atInside ? "changed here, by every thread the loop starts"
                        : "changed here while the threads the loop starts may use it";
                break;
            case CHANGED_CONCURRENTLY:
                message = "changed here, on several threads at once";
                break;
            case FIELD_WRITTEN:
                message = "written here, on another thread";
                break;
            case VOLATILE_COMPOUND:
                message = "read and then written here, on another thread";
                break;
            case FIELD_CHANGED:
                message = "changed here, on another thread";
                break;
            case MOVED_IN_LOOP:
                message = "moved to another thread here, on every iteration";
                break;
            default:
                message = "";
                break;
        }
        Labels labels = new Labels(unit).primary(race.at(), message);
        boolean otherSideShown = atInside;
        if (race.change().isPresent()) {
            TreePath change = race.change().get();
            boolean inside = isInside(unit, change, boundary);
            labels.add(change.getLeaf(), inside && !atInside ? "changed here, on the other thread" : "changed here");
            otherSideShown |= inside;
        }
        if (!otherSideShown) {
            TreePath use = capture.firstUse();
            String name = "`" + capture.variable().getSimpleName() + "`";
            labels.add(capture.pointAt(use).getLeaf(), capture.kind() == Capture.Kind.ARGUMENT ? name + " is passed here"
                    : name + (race.kind() == Finding.RaceKind.CHANGED_WHILE_SHARED ? " is read" : " is used")
                    + " here, on the other thread");
        }
        race.loop().ifPresent(loop -> labels.keyword(loop.getLeaf(),
                "each iteration hands `" + capture.variable().getSimpleName() + "` to another thread"));
        boundaryLabel(labels, capture);
        if (capture.kind() == Capture.Kind.FIELD) {
            boolean fixHere = race.kind() == Finding.RaceKind.FIELD_WRITTEN
                    || race.kind() == Finding.RaceKind.VOLATILE_COMPOUND || race.kind() == Finding.RaceKind.FIELD_CHANGED;
            labels.declaration(capture.variable(), "`" + capture.variable().getSimpleName() + "` is declared here"
                    + (fixHere ? "; the fix goes here" : ""));
        }
        return labels;
    }

    /** The label on the boundary call's callee: what it does with the code (or the value). */
    private void boundaryLabel(Labels labels, Capture capture) {
        Boundary boundary = capture.boundary();
        String message;
        if (capture.kind() == Capture.Kind.ARGUMENT) {
            message = boundary.via() == Boundary.Via.HAND_OFF ? "hands the argument to whichever thread takes it"
                    : boundary.kind() == dev.fearless.checker.boundary.BoundaryKind.CONCURRENTLY
                    ? "shares the argument with other threads" : "moves the argument to another thread";
        } else {
            message = effect(boundary.effect(), "the " + describe(boundary.argument()));
        }
        if (boundary.stored() != null && boundary.stored().reference() != null) {
            // the code was stored in a local: the label goes where the local is handed over
            labels.add(boundary.stored().reference().getLeaf(), "handed to `" + boundary.target() + "`, which " + message);
        } else {
            labels.callee(boundary.call().getLeaf(), message);
        }
    }

    private String text(CompilationUnitTree unit) {
        if (textOf != unit) {
            try {
                text = unit.getSourceFile().getCharContent(true).toString();
            } catch (java.io.IOException | RuntimeException e) {
                text = "";
            }
            textOf = unit;
        }
        return text;
    }

    /** The labels of one diagnostic, collected in any order; one label per span, the first one given. */
    private final class Labels {
        private static final int MOST = 10;
        private final CompilationUnitTree unit;
        private final List<RenderedDiagnostic.Label> labels = new ArrayList<>();

        Labels(CompilationUnitTree unit) {
            this.unit = unit;
        }

        /** The place the diagnostic points at, from javac's caret to the end of the tree. */
        Labels primary(TreePath at, String message) {
            return span(positions.getStartPosition(unit, dev.fearless.checker.tree.TreeShapes.leftmost(at).getLeaf()),
                    positions.getEndPosition(unit, at.getLeaf()), message, true);
        }

        Labels add(Tree tree, String message) {
            return span(positions.getStartPosition(unit, tree), positions.getEndPosition(unit, tree), message, false);
        }

        /** The callee of a call ({@code Threads.spawn}, {@code pool.submit}, {@code new Thread}). */
        Labels callee(Tree call, String message) {
            long start = positions.getStartPosition(unit, call);
            long end = positions.getEndPosition(unit, call);
            if (call instanceof com.sun.source.tree.MethodInvocationTree invocation) {
                Tree select = invocation.getMethodSelect();
                end = positions.getEndPosition(unit, select);
                start = positions.getStartPosition(unit, select);
                if (select instanceof com.sun.source.tree.MemberSelectTree member && !isName(member.getExpression())) {
                    start = end - member.getIdentifier().length(); // a chain: its last method's name
                }
            } else if (call instanceof com.sun.source.tree.NewClassTree creation) {
                end = positions.getEndPosition(unit, creation.getIdentifier());
            }
            return span(start, end, message, false);
        }

        /** The keyword of a loop ({@code for}, {@code while}, {@code do}). */
        Labels keyword(Tree loop, String message) {
            long start = positions.getStartPosition(unit, loop);
            int length = loop instanceof com.sun.source.tree.WhileLoopTree ? 5
                    : loop instanceof com.sun.source.tree.DoWhileLoopTree ? 2 : 3;
            return span(start, start + length, message, false);
        }

        /** The declaration of a field or local in this file: its type and name. */
        Labels declaration(javax.lang.model.element.Element variable, String message) {
            if (variable == null || variable.getKind() == javax.lang.model.element.ElementKind.ENUM_CONSTANT) {
                return this;
            }
            TreePath path = trees.getPath(variable);
            if (path == null || path.getCompilationUnit() != unit
                    || !(path.getLeaf() instanceof com.sun.source.tree.VariableTree declaration)) {
                return this;
            }
            Tree type = declaration.getType();
            long typeStart = type == null ? -1 : positions.getStartPosition(unit, type);
            // javac 17 gives a `var` no position of its own: then the declaration's start, and the name after it
            long start = typeStart >= 0 ? typeStart : positions.getStartPosition(unit, declaration);
            long end = positions.getEndPosition(unit, declaration);
            long typeEnd = typeStart >= 0 ? positions.getEndPosition(unit, type) : -1;
            String name = declaration.getName().toString();
            int found = start < 0 ? -1 : text(unit).indexOf(name, (int) (typeEnd > start ? typeEnd : start));
            if (found >= start && found + name.length() <= end) {
                end = found + name.length();
            }
            return span(start, end, message, false);
        }

        private Labels span(long start, long end, String message, boolean primary) {
            if (start < 0 || end <= start || labels.size() >= MOST) {
                return this;
            }
            for (RenderedDiagnostic.Label l : labels) {
                if (l.start() == start && l.end() == end) {
                    return this;
                }
            }
            labels.add(new RenderedDiagnostic.Label(start, end, message, primary));
            return this;
        }

        List<RenderedDiagnostic.Label> build() {
            List<RenderedDiagnostic.Label> out = new ArrayList<>(labels);
            // a secondary label that starts where the primary does says what the primary's own message says
            out.removeIf(l -> !l.primary() && labels.stream().anyMatch(p -> p.primary() && p.start() == l.start()));
            out.sort(java.util.Comparator.comparingLong(RenderedDiagnostic.Label::start)
                    .thenComparingLong(RenderedDiagnostic.Label::end));
            return out;
        }
    }

    /** A name: {@code pool}, {@code Threads}, {@code this.pool}, {@code java.util.concurrent.ForkJoinPool}. */
    private static boolean isName(Tree tree) {
        while (tree instanceof com.sun.source.tree.MemberSelectTree select) {
            tree = select.getExpression();
        }
        return tree instanceof com.sun.source.tree.IdentifierTree;
    }

    private long line(CompilationUnitTree unit, Tree tree) {
        return sourceLines.line(unit, tree);
    }
}
