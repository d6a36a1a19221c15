package dev.fearless.checker.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

import com.sun.source.util.JavacTask;

/**
 * Audits of the shipped library table ({@code library-types.table}) and of the cited JDK rows: every row
 * parses, is preceded by the Javadoc sentence that decides it, names a well-formed library type, and really
 * applies to a class of that name on the class path (the checker has no dependency on the library).
 */
class LibraryTypesTest {
    private static final String LIBRARY = "library-types.table";
    private static final String JDK = "jdk-types.table";
    private static final String JDK_CITED_SECTION = "# ---- not for concurrent use";
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("([a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*");
    private static final Pattern QUOTED_SENTENCE = Pattern.compile("\"[^\"]{12,}");

    @Test
    void everyLibraryRowParsesAndCitesTheJavadocSentenceThatDecidesIt() throws IOException {
        String text = TypeTableTest.resource(LIBRARY);
        Map<String, TableEntry> rows = new HashMap<>();
        TypeTable.parse(text, LIBRARY, rows);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
        List<String> lines = text.lines().toList();
        assertThat(uncited(lines, 0, lines.size())).isEmpty();
        assertThat(rowLines(lines, 0, lines.size())).hasSize(rows.size()); // one row per name, no duplicates
    }

    @Test
    void everyJdkRowOfTheNotForConcurrentUseSectionCitesItsJavadoc() throws IOException {
        List<String> lines = TypeTableTest.resource(JDK).lines().toList();
        int start = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith(JDK_CITED_SECTION))
                .findFirst().orElseThrow();
        int end = IntStream.range(start + 1, lines.size()).filter(i -> lines.get(i).startsWith("# ----"))
                .findFirst().orElse(lines.size());
        assertThat(rowLines(lines, start, end)).hasSizeGreaterThanOrEqualTo(25);
        assertThat(uncited(lines, start, end)).isEmpty();
    }

    /** Library rows name library types: well formed, not a JDK type, and not a row of the JDK table. */
    @Test
    void everyLibraryRowNamesAWellFormedTypeOutsideTheJdk() throws IOException {
        Map<String, TableEntry> rows = new HashMap<>();
        TypeTable.parse(TypeTableTest.resource(LIBRARY), LIBRARY, rows);
        Map<String, TableEntry> jdkRows = new HashMap<>();
        TypeTable.parse(TypeTableTest.resource(JDK), JDK, jdkRows);
        // only the JDK: the test class path may hold the libraries themselves (the SARIF validator uses Jackson)
        Elements jdk = ((JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, null,
                List.of("-classpath", System.getProperty("java.io.tmpdir")), null, null)).getElements();
        List<String> problems = new ArrayList<>();
        for (TableEntry row : rows.values()) {
            if (!QUALIFIED_NAME.matcher(row.name()).matches()) {
                problems.add(row.name() + ": not a qualified name of a top-level type");
            }
            if (jdk.getTypeElement(row.name()) != null || jdkRows.containsKey(row.name())) {
                problems.add(row.name() + ": a JDK type belongs in " + JDK);
            }
            if (!row.kind().equals(TableEntry.Kind.IMMUTABLE) && !row.kind().equals(TableEntry.Kind.THREAD_SAFE)
                    && row.reason().isEmpty()) {
                problems.add(row.name() + ": a type that is not Sync needs a reason");
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Every library row applies by name: compiled next to a stub of each library type (and, for rows that
     * cover {@code subtypes}, a stub subtype of it), the engine gives each the verdicts its kind promises.
     */
    @Test
    void everyLibraryRowAppliesToAStubOfThatName() throws IOException {
        Map<String, TableEntry> rows = new HashMap<>();
        TypeTable.parse(TypeTableTest.resource(LIBRARY), LIBRARY, rows);
        List<JavaFileObject> stubs = new ArrayList<>();
        for (TableEntry row : rows.values()) {
            stubs.add(source(row.name(), "public interface " + simpleName(row.name()) + params(row) + " {}"));
            stubs.add(source(subtypeName(row), "public interface " + simpleName(subtypeName(row)) + params(row)
                    + " extends " + row.name() + params(row) + " {}"));
        }
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, null, List.of("-proc:none"), null, stubs);
        task.analyze();
        Types types = task.getTypes();
        Elements elements = task.getElements();
        VerdictEngine engine = new VerdictEngine(types, elements, TypeTable.load(List.of()));
        TypeMirror string = elements.getTypeElement("java.lang.String").asType();

        List<String> problems = new ArrayList<>();
        for (TableEntry row : rows.values()) {
            DeclaredType type = withStrings(types, elements.getTypeElement(row.name()), string);
            DeclaredType subtype = withStrings(types, elements.getTypeElement(subtypeName(row)), string);
            boolean send = row.kind() != TableEntry.Kind.CONFINED;
            boolean sync = row.kind() == TableEntry.Kind.IMMUTABLE || row.kind() == TableEntry.Kind.THREAD_SAFE;
            expect(problems, row.name(), engine.judge(type, Property.SEND), send);
            expect(problems, row.name(), engine.judge(type, Property.SYNC), sync);
            assertThat(engine.tableRow((TypeElement) type.asElement())).contains(row);
            if (row.subtypes()) {
                expect(problems, subtypeName(row), engine.judge(subtype, Property.SEND), send);
                expect(problems, subtypeName(row), engine.judge(subtype, Property.SYNC), sync);
            } else if (!(engine.judge(subtype, Property.SYNC) instanceof Verdict.Unknown)) {
                problems.add(subtypeName(row) + ": a row without `subtypes` must not decide its subtypes");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void expect(List<String> problems, String name, Verdict verdict, boolean holds) {
        if (verdict.holds() != holds || (!holds && !(verdict instanceof Verdict.Fails))) {
            problems.add(name + ": expected " + (holds ? "holds" : "fails") + " but got " + verdict);
        }
    }

    /** Row lines in {@code [from, to)} whose paragraph does not start with a comment quoting a sentence
     * that names the row's type. */
    private static List<String> uncited(List<String> lines, int from, int to) {
        List<String> problems = new ArrayList<>();
        for (int i : rowLines(lines, from, to)) {
            int j = i - 1;
            while (j >= from && isRow(lines.get(j))) {
                j--; // rows grouped under one comment share it
            }
            StringBuilder comment = new StringBuilder();
            for (; j >= from && lines.get(j).startsWith("#"); j--) {
                comment.insert(0, lines.get(j).substring(1) + "\n");
            }
            String name = lines.get(i).strip().split("[\\s<]", 2)[0];
            String simple = simpleName(name);
            if (comment.length() == 0 || !QUOTED_SENTENCE.matcher(comment).find() || !comment.toString()
                    .replaceAll("\\s+", " ").matches("(?s).*\\b" + Pattern.quote(simple) + "\\b.*")) {
                problems.add("line " + (i + 1) + " " + name + ": no comment directly above quoting the Javadoc"
                        + " of `" + simple + "`");
            }
        }
        return problems;
    }

    private static List<Integer> rowLines(List<String> lines, int from, int to) {
        return IntStream.range(from, to).filter(i -> isRow(lines.get(i))).boxed().collect(Collectors.toList());
    }

    private static boolean isRow(String line) {
        return !line.isBlank() && !line.strip().startsWith("#");
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private static String subtypeName(TableEntry row) {
        return "stub.sub." + simpleName(row.name()) + "Sub" + Math.abs(row.name().hashCode());
    }

    private static String params(TableEntry row) {
        return row.params().isEmpty() ? "" : "<" + String.join(",", row.params()) + ">";
    }

    private static DeclaredType withStrings(Types types, TypeElement element, TypeMirror string) {
        TypeMirror[] args = element.getTypeParameters().stream().map(p -> string).toArray(TypeMirror[]::new);
        return types.getDeclaredType(element, args);
    }

    private static JavaFileObject source(String qualifiedName, String declaration) {
        String pkg = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
        String text = "package " + pkg + ";\n" + declaration + "\n";
        return new SimpleJavaFileObject(URI.create("string:///" + qualifiedName.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
