package dev.fearless.checker.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

import com.sun.source.util.JavacTask;

class TypeTableTest {
    @Test
    void parsesRowsWithConditionsAndQuotedText() {
        Map<String, TableEntry> rows = new HashMap<>();
        TypeTable.parse("""
                # comment
                a.Queue<E>   thread-safe  subtypes Sync(ifSend=E)
                a.Pair<K,V>  immutable    Send(ifSend=K;ifSync=V)
                a.Fmt        interior     reason="reads move it" fix="use `b.Fmt`"
                a.List<E>    mutable      mutators=add,clear
                """, "test", rows);
        assertThat(rows.get("a.Queue")).isEqualTo(new TableEntry("a.Queue", List.of("E"),
                TableEntry.Kind.THREAD_SAFE, new Conditions(List.of("E"), List.of()),
                new Conditions(List.of("E"), List.of()), true, java.util.Set.of(), "", ""));
        assertThat(rows.get("a.Pair").send()).isEqualTo(new Conditions(List.of("K"), List.of("V")));
        assertThat(rows.get("a.Pair").sync()).isEqualTo(new Conditions(List.of(), List.of("K", "V")));
        assertThat(rows.get("a.Fmt").reason()).isEqualTo("reads move it");
        assertThat(rows.get("a.Fmt").fix()).isEqualTo("use `b.Fmt`");
        assertThat(rows.get("a.List").mutators()).containsExactlyInAnyOrder("add", "clear");
    }

    @Test
    void reportsTheLineOfABadRow() {
        assertThatThrownBy(() -> TypeTable.parse("a.B immutable\na.C weird\n", "t.table", new HashMap<>()))
                .hasMessageStartingWith("Fearless: t.table:2: unknown kind `weird`");
        assertThatThrownBy(() -> TypeTable.parse("a.B<T> immutable Send(ifSend=U)\n", "t.table", new HashMap<>()))
                .hasMessage("Fearless: t.table:1: `U` is not a type parameter of this row");
    }

    /** Every built-in row names a real JDK type with the same number of type parameters: no typos. */
    @Test
    void everyBuiltInRowNamesARealType() {
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, null, List.of(), null, null);
        Elements elements = task.getElements();
        List<String> problems = new ArrayList<>();
        TypeTable table = TypeTable.load(List.of());
        assertThat(table.entries()).hasSizeGreaterThan(100);
        for (TableEntry row : table.entries().values()) {
            TypeElement type = elements.getTypeElement(row.name());
            if (type == null) {
                problems.add(row.name() + ": no such type");
            } else if (type.getTypeParameters().size() != row.params().size()) {
                problems.add(row.name() + ": has " + type.getTypeParameters().size() + " type parameters");
            }
        }
        assertThat(problems).isEmpty();
    }
}
