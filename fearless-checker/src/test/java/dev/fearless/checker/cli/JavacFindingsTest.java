package dev.fearless.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import org.junit.jupiter.api.Test;

import dev.fearless.checker.cli.CliDiagnostic.Label;
import dev.fearless.checker.cli.CliDiagnostic.Note;
import dev.fearless.checker.cli.CliDiagnostic.Severity;
import dev.fearless.checker.report.DiagnosticSink;
import dev.fearless.checker.report.RenderedDiagnostic;

class JavacFindingsTest {
    private static final String TEXT = """
            class Demo {
                void run(int[] out) {
                    int id = 3;
                    new Thread(() -> out[id] = id).start();
                    System.out.println(out[0]);
                }
            }
            """;
    private final JavaFileObject file = Fixtures.source("Demo.java", TEXT);
    private final JavacFindings adapter = new JavacFindings();

    @Test
    void aFearlessMessageGivesCodeHeadlineNotesAndLineLabels() {
        int at = TEXT.indexOf("out[0]");
        CliDiagnostic d = adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, at, at + 3, """
                [F0382] `out` is used after it was moved to another thread
                  = help: `int[]` is not `Sync`: any holder can store into its elements
                  = note: `out` was moved into the lambda on line 4, which changes it: `out[id] = id` (line 4)
                  = note: required by `new Thread`, which runs the lambda on a new thread
                  = explain: java -jar fearless-checker.jar --explain F0382""")).orElseThrow();
        assertThat(d.code()).contains("F0382");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.headline()).isEqualTo("`out` is used after it was moved to another thread");
        assertThat(d.primary().orElseThrow().start()).isEqualTo(at);
        assertThat(d.primary().orElseThrow().end()).isEqualTo(at + 3);
        assertThat(d.notes()).containsExactly(
                new Note("help", "`int[]` is not `Sync`: any holder can store into its elements"),
                new Note("note", "`out` was moved into the lambda on line 4, which changes it: `out[id] = id` (line 4)"),
                new Note("note", "required by `new Thread`, which runs the lambda on a new thread"),
                new Note("explain", "java -jar fearless-checker.jar --explain F0382"));
        List<Label> labels = d.labels();
        assertThat(labels).hasSize(2).allMatch(l -> !l.exact())
                .allMatch(l -> l.message().startsWith("`out` was moved into the lambda on line 4"));
        Label line4 = labels.get(0);
        assertThat(TEXT.substring(line4.span().start(), line4.span().end()))
                .isEqualTo("new Thread(() -> out[id] = id).start();");
        assertThat(d.fix()).as("the fix text names no edit").isEmpty();
    }

    private static final String LABELLED = """
            [F0382] `out` is used after it was moved to another thread
              = help: `int[]` is not `Sync`: any holder can store into its elements
              4 |         new Thread(() -> out[id] = id).start();
                |         ---------- runs the lambda on a new thread
                |                          ------------ changed here, on the other thread
              = note: `out` was moved into the lambda on line 4, which changes it: `out[id] = id` (line 4)""";

    @Test
    void theLabelSnippetsOfAMessageAreNotNotes() {
        int at = TEXT.indexOf("out[0]");
        CliDiagnostic d = adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, at, at + 3, LABELLED))
                .orElseThrow();
        assertThat(d.notes()).containsExactly(
                new Note("help", "`int[]` is not `Sync`: any holder can store into its elements"),
                new Note("note", "`out` was moved into the lambda on line 4, which changes it: `out[id] = id` (line 4)"));
        assertThat(d.labels()).as("from the text: line-level, from the note").hasSize(2).noneMatch(Label::exact);
    }

    @Test
    void whatThePluginReportedGivesExactLabelsAndThePrimarySpan() {
        int at = TEXT.indexOf("out[0]");
        int thread = TEXT.indexOf("new Thread");
        int change = TEXT.indexOf("out[id] = id");
        var labels = List.of(
                new RenderedDiagnostic.Label(thread, thread + 10, "runs the lambda on a new thread", false),
                new RenderedDiagnostic.Label(change, change + 12, "changed here, on the other thread", false),
                new RenderedDiagnostic.Label(at, at + 6, "used here after the move", true));
        JavacFindings structured = new JavacFindings(List.of(
                new DiagnosticSink.Reported(file, at, LABELLED.replace("\n  ", "\n"), labels)));
        CliDiagnostic d = structured.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, at, at + 3, LABELLED))
                .orElseThrow();
        assertThat(d.labels()).allMatch(Label::exact).extracting(l -> TEXT.substring(l.span().start(), l.span().end()))
                .containsExactly("new Thread", "out[id] = id", "out[0]");
        assertThat(d.labels()).extracting(Label::primary).containsExactly(false, false, true);
        assertThat(d.primary().map(s -> TEXT.substring(s.start(), s.end()))).contains("out[0]");
        assertThat(d.notes()).hasSize(2);
        CliDiagnostic again = structured.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, at, at + 3, LABELLED))
                .orElseThrow();
        assertThat(again.labels()).as("each report is taken once; another gets the text's labels")
                .noneMatch(Label::exact);
        CliDiagnostic elsewhere = new JavacFindings(List.of(new DiagnosticSink.Reported(file, at + 1, LABELLED, labels)))
                .adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, at, at + 3, LABELLED)).orElseThrow();
        assertThat(elsewhere.labels()).as("another caret is another diagnostic").noneMatch(Label::exact);
    }

    @Test
    void aLineReferenceOutsideTheFileIsNoLabel() {
        CliDiagnostic d = adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, 0, 5,
                "[F0277] headline\n  = note: see the loop (line 99)")).orElseThrow();
        assertThat(d.labels()).isEmpty();
        assertThat(d.notes()).containsExactly(new Note("note", "see the loop (line 99)"));
    }

    @Test
    void internalErrorsOptionErrorsAndJavacsOwnAreToldApart() {
        CliDiagnostic internal = adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.WARNING, file, 0, TEXT.length(),
                "Fearless: internal error while checking Demo.java: java.lang.IllegalStateException: boom; "
                        + "please report")).orElseThrow();
        assertThat(internal.severity()).isEqualTo(Severity.INTERNAL_ERROR);
        assertThat(internal.code()).isEmpty();
        CliDiagnostic option = adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, 0, TEXT.length(),
                "Fearless: unknown option `stirct` (known: strict, warn-unknown, table=FILE)")).orElseThrow();
        assertThat(option.severity()).isEqualTo(Severity.CONFIGURATION);
        assertThat(option.isError()).isTrue();
        CliDiagnostic javac = adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, 17, 21,
                "cannot find symbol\n  symbol:   class Missing\n  location: class Demo")).orElseThrow();
        assertThat(javac.code()).isEmpty();
        assertThat(javac.severity()).isEqualTo(Severity.ERROR);
        assertThat(javac.notes()).containsExactly(new Note("note", "symbol:   class Missing"),
                new Note("note", "location: class Demo"));
        assertThat(javac.labels()).isEmpty();
        assertThat(adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.NOTE, file, -1, -1,
                "Some input files use unchecked operations."))).isEmpty();
    }

    @Test
    void positionsJavacDoesNotKnowGiveNoSpan() {
        CliDiagnostic nowhere = adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, null, -1, -1,
                "plug-in not found: Fearless")).orElseThrow();
        assertThat(nowhere.file()).isEmpty();
        assertThat(nowhere.primary()).isEmpty();
        CliDiagnostic noEnd = adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, 6, -1, "x"))
                .orElseThrow();
        assertThat(noEnd.primary().map(s -> s.end() - s.start())).isEqualTo(Optional.of(1));
    }

    @Test
    void theSameFileIsReadOnce() {
        CliDiagnostic a = adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, 0, 1, "a")).orElseThrow();
        CliDiagnostic b = adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, 2, 3, "b")).orElseThrow();
        assertThat(a.file().orElseThrow()).isSameAs(b.file().orElseThrow());
    }
}
