package dev.fearless.checker.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;

import dev.fearless.checker.tree.Declarations;
import dev.fearless.checker.tree.FunctionalMethods;
import dev.fearless.checker.tree.SourceLines;

/**
 * Keeps {@code jdk-boundaries.table} and {@code jdk-callbacks.table} in step with the JDK the tests run on: every
 * row names a real type and a real public method (or constructor) of it, through which the finder takes the
 * row's argument to cross; a callback row names a method that a subclass or implementation can override.
 * A row marked {@code since=N} may be absent from a JDK older than N; every other row must resolve on every JDK.
 */
class JdkBoundaryTableTest {
    private static final int JDK = Runtime.version().feature();

    @Test
    void parsesOptionsAndCitations() {
        JdkBoundaryTable table = JdkBoundaryTable.parse("""
                # comment
                #> "Runs the task
                #> on a pool thread."
                a.Pool   run*     once-elsewhere   since=21 param=!a.Executor first=long joined completer  runs {} on a pool thread
                a.Local  with     once-per-thread  runs {} once per thread
                """);
        assertThat(table.rows()).hasSize(2);
        JdkBoundaryTable.Row pool = table.rows().get(0);
        assertThat(pool).isEqualTo(new JdkBoundaryTable.Row("a.Pool", "run*", BoundaryKind.ONCE_ELSEWHERE,
                "runs {} on a pool thread", 21, "a.Executor", true, "long", true,
                "\"Runs the task on a pool thread.\"", true));
        assertThat(pool.matchesName("runLater")).isTrue();
        assertThat(pool.matchesName("walk")).isFalse();
        JdkBoundaryTable.Row local = table.rows().get(1);
        assertThat(local.kind()).isEqualTo(BoundaryKind.ONCE_PER_THREAD);
        assertThat(local.kind().sharesCaptures()).isTrue();
        assertThat(BoundaryKind.ONCE_ELSEWHERE.sharesCaptures()).isFalse();
        assertThat(local.since()).isZero();
        assertThat(local.param()).isNull();
        assertThat(local.citation()).isEmpty();
        assertThat(table.namesTaskType("runLater")).isFalse(); // param=! excludes a type, it names no task
        assertThat(JdkBoundaryTable.Row.names("Flow.Subscriber", "java.util.concurrent.Flow.Subscriber")).isTrue();
        assertThat(JdkBoundaryTable.Row.names("Subscriber", "a.NotASubscriber")).isFalse();
    }

    @Test
    void reportsTheLineOfABadRow() {
        assertThatThrownBy(() -> JdkBoundaryTable.parse("a.B m once-elsewhere runs {}\na.C m sometimes runs {}\n", "t.table"))
                .hasMessage("Fearless: t.table:2: unknown kind `sometimes`");
        assertThatThrownBy(() -> JdkBoundaryTable.parse("a.B m once-elsewhere sinse=21 runs {}\n", "t.table"))
                .hasMessage("Fearless: t.table:1: unknown option `sinse=21`");
        assertThatThrownBy(() -> JdkBoundaryTable.parse("a.B m once-elsewhere since=21\n", "t.table"))
                .hasMessageStartingWith("Fearless: t.table:1: expected");
    }

    @Test
    void everyBoundaryRowNamesAMethodWithACrossingParameter() {
        JavacTask task = javac();
        Elements elements = task.getElements();
        BoundaryFinder finder = new BoundaryFinder(Trees.instance(task), task.getTypes(), elements,
                new FunctionalMethods(task.getTypes(), elements), new Declarations(Trees.instance(task)),
                new SourceLines(Trees.instance(task)));
        JdkBoundaryTable table = JdkBoundaryTable.load();
        assertThat(table.rows()).hasSizeGreaterThan(80);
        assertThat(boundaryProblems(table, elements, finder)).isEmpty();
    }

    /** The audit is not vacuous: a typo in a row, or a row that matches no argument, is a problem, not a skip. */
    @Test
    void aRowThatNamesNoRealMethodOrNoCrossingParameterFails() {
        JavacTask task = javac();
        Elements elements = task.getElements();
        BoundaryFinder finder = new BoundaryFinder(Trees.instance(task), task.getTypes(), elements,
                new FunctionalMethods(task.getTypes(), elements), new Declarations(Trees.instance(task)),
                new SourceLines(Trees.instance(task)));
        JdkBoundaryTable table = JdkBoundaryTable.parse("""
                #> cited
                java.util.concurrent.Executer             execute   once-elsewhere  runs {}
                #> cited
                java.util.concurrent.Executor             exekute   once-elsewhere  runs {}
                #> cited
                java.util.concurrent.CompletableFuture    runAsync  once-elsewhere  param=Supplier  runs {}
                #> cited
                java.util.concurrent.ConcurrentHashMap    forEach   concurrently    first=int  runs {}
                java.util.concurrent.Executor             execute   once-elsewhere  runs {}
                #> cited
                java.util.concurrent.Executor             execute   once-elsewhere  since=99  runs {}
                #> cited
                java.util.concurrent.Executor             exekute   once-elsewhere  since=99  runs {}
                """);
        assertThat(boundaryProblems(table, elements, finder)).containsExactly(
                "java.util.concurrent.Executer execute: no such type on JDK " + JDK,
                "java.util.concurrent.Executor exekute: no public or protected method of that name on JDK " + JDK,
                "java.util.concurrent.CompletableFuture runAsync: no public overload with a parameter that crosses on JDK " + JDK,
                "java.util.concurrent.ConcurrentHashMap forEach: no public overload with a parameter that crosses on JDK " + JDK,
                "java.util.concurrent.Executor execute: no `#>` line cites the Javadoc");
    }

    private static List<String> boundaryProblems(JdkBoundaryTable table, Elements elements, BoundaryFinder finder) {
        List<String> problems = new ArrayList<>();
        for (JdkBoundaryTable.Row row : table.rows()) {
            String problem = resolve(elements, row, candidates -> candidates.stream().anyMatch(m ->
                    m.getParameters().stream().anyMatch(p -> finder.crosses(row, m, p))),
                    "no public overload with a parameter that crosses");
            if (problem != null) {
                problems.add(row.owner() + " " + row.method() + ": " + problem);
            }
        }
        return problems;
    }

    @Test
    void everyCallbackRowNamesAnOverridableMethod() {
        Elements elements = javac().getElements();
        JdkBoundaryTable table = JdkBoundaryTable.loadCallbacks();
        assertThat(table.rows()).hasSizeGreaterThan(30);
        List<String> problems = new ArrayList<>();
        for (JdkBoundaryTable.Row row : table.rows()) {
            String problem = resolve(elements, row, candidates -> candidates.stream().anyMatch(m ->
                    !m.getModifiers().contains(Modifier.FINAL) && !m.getModifiers().contains(Modifier.STATIC)),
                    "no overridable method");
            if (problem != null) {
                problems.add(row.owner() + " " + row.method() + ": " + problem);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A row's since= marker says what is new: only the old rows may rely on being present on 17. */
    @Test
    void rowsOfNewApiAreMarked() {
        JdkBoundaryTable table = JdkBoundaryTable.load();
        assertThat(table.rows()).filteredOn(r -> r.owner().equals("java.lang.Thread.Builder"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.since()).isEqualTo(21));
        assertThat(table.rows()).filteredOn(r -> r.method().equals("mapConcurrent"))
                .singleElement().satisfies(r -> assertThat(r.since()).isEqualTo(24));
    }

    private interface Check {
        boolean holds(List<ExecutableElement> candidates);
    }

    /** Why {@code row} does not resolve on this JDK, or {@code null} when it does or may be absent here. */
    private static String resolve(Elements elements, JdkBoundaryTable.Row row, Check check, String failure) {
        String problem = problem(elements, row, check, failure);
        if (problem != null && row.since() > JDK) {
            return null; // new API, absent from this older JDK as its marker allows
        }
        if (problem == null && row.citation().isBlank()) {
            return "no `#>` line cites the Javadoc";
        }
        return problem;
    }

    private static String problem(Elements elements, JdkBoundaryTable.Row row, Check check, String failure) {
        TypeElement owner = elements.getTypeElement(row.owner());
        if (owner == null) {
            return "no such type on JDK " + JDK;
        }
        List<ExecutableElement> candidates = new ArrayList<>();
        if (row.method().equals("<init>")) {
            for (ExecutableElement c : ElementFilter.constructorsIn(owner.getEnclosedElements())) {
                if (c.getModifiers().contains(Modifier.PUBLIC) || c.getModifiers().contains(Modifier.PROTECTED)) {
                    candidates.add(c);
                }
            }
        } else {
            for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(owner))) {
                Set<Modifier> mods = m.getModifiers();
                boolean visible = mods.contains(Modifier.PUBLIC) || mods.contains(Modifier.PROTECTED);
                if (visible && row.matchesName(m.getSimpleName().toString())) {
                    candidates.add(m);
                }
            }
        }
        if (candidates.isEmpty()) {
            return "no public or protected " + (row.method().equals("<init>") ? "constructor" : "method of that name")
                    + " on JDK " + JDK;
        }
        return check.holds(candidates) ? null : failure + " on JDK " + JDK;
    }

    private static JavacTask javac() {
        return (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, null, List.of(), null, null);
    }

}
