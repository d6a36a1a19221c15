package dev.fearless.checker.borrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

import com.sun.source.util.JavacTask;

/** The wait table names real types and methods, with the argument counts it claims. */
class WaitTableTest {
    @Test
    void everyRowNamesARealTypeAndMethods() {
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, null,
                List.of("-classpath", System.getProperty("java.class.path")), null, null);
        Elements elements = task.getElements();
        List<String> problems = new ArrayList<>();
        assertThat(WaitTable.rows()).hasSizeGreaterThan(10);
        for (WaitTable.Row row : WaitTable.rows()) {
            TypeElement owner = elements.getTypeElement(row.owner());
            if (owner == null) {
                problems.add(row.owner() + ": no such type");
                continue;
            }
            List<WaitTable.MethodName> names = new ArrayList<>(row.methods());
            names.addAll(row.waits());
            for (WaitTable.MethodName name : names) {
                boolean found = ElementFilter.methodsIn(elements.getAllMembers(owner)).stream()
                        .anyMatch(m -> matches(m, name));
                if (!found && Runtime.version().feature() >= row.since()) {
                    problems.add(row.owner() + "." + name.name() + "/" + name.arity() + ": no such method");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean matches(ExecutableElement m, WaitTable.MethodName name) {
        return m.getSimpleName().contentEquals(name.name())
                && (name.arity() < 0 || m.getParameters().size() == name.arity());
    }

    @Test
    void aRowWithTheWrongShapeIsRefused() {
        assertThatThrownBy(() -> WaitTable.parse("signal java.util.concurrent.CountDownLatch countDown\n"))
                .hasMessageContaining("expected 4 columns");
        assertThat(WaitTable.parse("task java.lang.Thread join/0\n").get(0).methods())
                .containsExactly(new WaitTable.MethodName("join", 0));
    }
}
