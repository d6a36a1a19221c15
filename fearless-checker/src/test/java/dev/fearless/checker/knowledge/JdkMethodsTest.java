package dev.fearless.checker.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
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

/** The JDK method table names real types and methods, of the shape each kind of row claims. */
class JdkMethodsTest {
    private static final Set<JdkMethods.Kind> STATIC_KINDS = EnumSet.of(
            JdkMethods.Kind.COLLECTOR, JdkMethods.Kind.VIEW, JdkMethods.Kind.SYNCHRONIZED,
            JdkMethods.Kind.SINGLE_THREAD, JdkMethods.Kind.COMPLETED);

    /** The JDK's (and the test class path's) types, as a compilation sees them. */
    private static Elements jdkElements() {
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, null,
                List.of("-classpath", System.getProperty("java.class.path")), null, null);
        return task.getElements();
    }

    @Test
    void everyRowNamesARealTypeAndMethods() {
        Elements elements = jdkElements();
        List<String> problems = new ArrayList<>();
        for (JdkMethods.Row row : JdkMethods.rows()) {
            TypeElement owner = elements.getTypeElement(row.owner());
            if (owner == null) {
                problems.add(row.owner() + ": no such type");
                continue;
            }
            for (String name : row.methods()) {
                List<ExecutableElement> found = ElementFilter.methodsIn(elements.getAllMembers(owner)).stream()
                        .filter(m -> m.getSimpleName().contentEquals(name)).toList();
                if (found.isEmpty() && Runtime.version().feature() >= row.since()) {
                    problems.add(row.owner() + "." + name + ": no such method");
                } else if (STATIC_KINDS.contains(row.kind())
                        && found.stream().noneMatch(m -> m.getModifiers().contains(Modifier.STATIC))) {
                    problems.add(row.owner() + "." + name + ": a " + row.kind() + " row must name a static method");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKindHasRowsAndCopiesComeMostSpecificFirst() {
        for (JdkMethods.Kind kind : JdkMethods.Kind.values()) {
            assertThat(JdkMethods.rows()).as(kind.toString()).anyMatch(r -> r.kind() == kind);
        }
        assertThat(JdkMethods.qualified(JdkMethods.Kind.IMMUTABLE)).contains("java.util.List.of",
                "java.util.stream.Stream.toList");
        assertThat(JdkMethods.simple(JdkMethods.Kind.KEEPS_DISTINCT)).contains("parallel", "filter")
                .doesNotContain("map", "flatMap");
        assertThat(JdkMethods.copies()).extracting(JdkMethods.Row::owner).first().isEqualTo("java.lang.StringBuilder");
    }

    @Test
    void everySafeTypeAFixNamesExists() {
        Elements elements = jdkElements();
        List<String> problems = new ArrayList<>();
        assertThat(JdkMethods.safeTypes()).hasSizeGreaterThan(5);
        for (JdkMethods.Row row : JdkMethods.safeTypes()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([A-Z][A-Za-z]*)").matcher(row.template());
            while (m.find()) {
                String name = m.group(1);
                boolean found = List.of("java.util.concurrent.", "java.util.concurrent.atomic.", "java.util.", "java.lang.")
                        .stream().anyMatch(p -> elements.getTypeElement(p + name) != null);
                if (!found) {
                    problems.add(row.owner() + ": the fix names `" + name + "`, which is no JDK type");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMalformedRowIsRefusedWithItsText() {
        assertThatThrownBy(() -> JdkMethods.parse("immutable java.util.List\n"))
                .hasMessageContaining("expected 3 columns").hasMessageContaining("java.util.List");
        assertThatThrownBy(() -> JdkMethods.parse("frozen java.util.List of\n"))
                .hasMessageContaining("unknown kind `frozen`");
        assertThatThrownBy(() -> JdkMethods.parse("copy java.util.List List.copyOf(x)\n"))
                .hasMessageContaining("needs %s");
        assertThat(JdkMethods.parse("keeps-distinct java.util.stream.BaseStream parallel,unordered since=8\n"))
                .singleElement().satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(JdkMethods.Kind.KEEPS_DISTINCT);
                    assertThat(r.methods()).containsExactly("parallel", "unordered");
                    assertThat(r.since()).isEqualTo(8);
                });
    }
}
