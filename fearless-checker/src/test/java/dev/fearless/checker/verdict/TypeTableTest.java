package dev.fearless.checker.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                a.Consumer   interior     shared-methods=wakeup,toString reason="not thread-safe"
                """, "test", rows);
        assertThat(rows.get("a.Queue")).isEqualTo(new TableEntry("a.Queue", List.of("E"),
                TableEntry.Kind.THREAD_SAFE, new Conditions(List.of("E"), List.of()),
                new Conditions(List.of("E"), List.of()), true, java.util.Set.of(), "", ""));
        assertThat(rows.get("a.Pair").send()).isEqualTo(new Conditions(List.of("K"), List.of("V")));
        assertThat(rows.get("a.Pair").sync()).isEqualTo(new Conditions(List.of(), List.of("K", "V")));
        assertThat(rows.get("a.Fmt").reason()).isEqualTo("reads move it");
        assertThat(rows.get("a.Fmt").fix()).isEqualTo("use `b.Fmt`");
        assertThat(rows.get("a.List").mutators()).containsExactlyInAnyOrder("add", "clear");
        assertThat(rows.get("a.List").shared()).isEmpty();
        assertThat(rows.get("a.Consumer").shared()).containsExactlyInAnyOrder("wakeup", "toString");
        assertThat(rows.get("a.Consumer").reason()).isEqualTo("not thread-safe");
    }

    @Test
    void reportsTheLineOfABadRow() {
        assertThatThrownBy(() -> TypeTable.parse("a.B immutable\na.C weird\n", "t.table", new HashMap<>()))
                .hasMessageStartingWith("Fearless: t.table:2: unknown kind `weird`");
        assertThatThrownBy(() -> TypeTable.parse("a.B<T> immutable Send(ifSend=U)\n", "t.table", new HashMap<>()))
                .hasMessage("Fearless: t.table:1: `U` is not a type parameter of this row");
    }

    /** Every built-in JDK row names a real JDK type with the same number of type parameters: no typos. */
    @Test
    void everyBuiltInRowNamesARealType() throws IOException {
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, null, List.of(), null, null);
        Elements elements = task.getElements();
        List<String> problems = new ArrayList<>();
        Map<String, TableEntry> jdkRows = new HashMap<>();
        TypeTable.parse(resource("jdk-types.table"), "jdk-types.table", jdkRows);
        assertThat(jdkRows).hasSizeGreaterThan(100);
        for (TableEntry row : jdkRows.values()) {
            TypeElement type = elements.getTypeElement(row.name());
            if (type == null) {
                problems.add(row.name() + ": no such type");
            } else if (type.getTypeParameters().size() != row.params().size()) {
                problems.add(row.name() + ": has " + type.getTypeParameters().size() + " type parameters");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** {@code load} reads both built-in tables, the JDK's first; a user's table file wins over both. */
    @Test
    void loadsTheLibraryRowsAfterTheJdkRowsAndUserRowsWin(@TempDir Path dir) throws IOException {
        TypeTable builtIn = TypeTable.load(List.of());
        assertThat(builtIn.lookup("java.text.DecimalFormat")).map(TableEntry::kind)
                .contains(TableEntry.Kind.INTERIOR);
        assertThat(builtIn.lookup("com.fasterxml.jackson.databind.ObjectMapper")).map(TableEntry::kind)
                .contains(TableEntry.Kind.THREAD_SAFE);
        Map<String, TableEntry> libraryRows = new HashMap<>();
        TypeTable.parse(resource("library-types.table"), "library-types.table", libraryRows);
        assertThat(builtIn.entries()).containsAllEntriesOf(libraryRows);

        Path user = Files.writeString(dir.resolve("mine.table"),
                "org.apache.kafka.clients.consumer.KafkaConsumer<K,V> confined reason=\"ours\"\n");
        TypeTable withUser = TypeTable.load(List.of(user));
        assertThat(withUser.lookup("org.apache.kafka.clients.consumer.KafkaConsumer")).map(TableEntry::kind)
                .contains(TableEntry.Kind.CONFINED);
        assertThat(builtIn.lookup("org.apache.kafka.clients.consumer.KafkaConsumer")).map(TableEntry::kind)
                .contains(TableEntry.Kind.INTERIOR);
    }

    /** The text of a built-in table resource. */
    static String resource(String name) throws IOException {
        try (InputStream in = TypeTable.class.getResourceAsStream(name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
