package dev.fearless.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.fearless.checker.cli.CliDiagnostic.Label;
import dev.fearless.checker.cli.CliDiagnostic.Note;
import dev.fearless.checker.cli.CliDiagnostic.Severity;
import dev.fearless.checker.cli.CliDiagnostic.Span;

/** The layout drawn from the model: labelled spans, which the message text cannot carry, and tabs. */
class RustcLayoutTest {
    private static final String TEXT = """
            class Demo {
                void run() {
                    Rc<String> name = Rc.of("x");
                    log(name);
                    Threads.spawn(() -> name.get());
                }
            }
            """;
    private final SourceText source = new SourceText("src/Demo.java", null, TEXT);

    private Span span(String text) {
        int at = TEXT.indexOf(text);
        return new Span(source, at, at + text.length());
    }

    private CliDiagnostic diagnostic(Span primary, List<Label> labels) {
        return new CliDiagnostic(Optional.of("F0277"), Severity.ERROR, Optional.of(source), Optional.of(primary),
                "`Rc<String>` cannot be sent between threads safely", labels,
                List.of(new Note("help", "`Rc<String>` is not `Send`")), Optional.empty());
    }

    @Test
    void drawsEveryExactLabelOnItsLineAndLeavesLineLevelOnesToTheNotes() {
        CliDiagnostic d = diagnostic(span("name.get()").withLength(4), List.of(
                new Label(span("Rc<String>"), "declared here", true),
                new Label(span("Threads.spawn"), "runs the lambda on another thread", true),
                new Label(span("() -> name.get()"), "`name` is captured here", true),
                new Label(source.trimmedLine(4), "only the line is known", false)));
        assertThat(new RustcLayout(new Style(false)).render(d)).isEqualTo("""
                error[F0277]: `Rc<String>` cannot be sent between threads safely
                 --> src/Demo.java:5:29
                  |
                3 |         Rc<String> name = Rc.of("x");
                  |         ---------- declared here
                ...
                5 |         Threads.spawn(() -> name.get());
                  |         ------------- ------^^^^------ `name` is captured here
                  |         |
                  |         runs the lambda on another thread
                  |
                  = help: `Rc<String>` is not `Send`

                """);
    }

    @Test
    void aLabelAtTheEndOfTheLineCarriesItsMessageOnTheUnderline() {
        CliDiagnostic d = diagnostic(span("name"), List.of(new Label(span("Rc.of(\"x\")"), "made here", true)));
        assertThat(new RustcLayout(new Style(false)).render(d)).isEqualTo("""
                error[F0277]: `Rc<String>` cannot be sent between threads safely
                 --> src/Demo.java:3:20
                  |
                3 |         Rc<String> name = Rc.of("x");
                  |                    ^^^^   ---------- made here
                  |
                  = help: `Rc<String>` is not `Send`

                """);
    }

    @Test
    void thePrimarySpansOwnLabelIsItsMessageAndNotASecondMark() {
        Span use = span("name.get()").withLength(4);
        CliDiagnostic d = diagnostic(use, List.of(
                new Label(span("Threads.spawn"), "runs the lambda on another thread", true),
                new Label(use, "`name` is used here, within the lambda", true, true)));
        assertThat(new RustcLayout(new Style(false)).render(d)).isEqualTo("""
                error[F0277]: `Rc<String>` cannot be sent between threads safely
                 --> src/Demo.java:5:29
                  |
                5 |         Threads.spawn(() -> name.get());
                  |         -------------       ^^^^ `name` is used here, within the lambda
                  |         |
                  |         runs the lambda on another thread
                  |
                  = help: `Rc<String>` is not `Send`

                """);
    }

    @Test
    void tabsAreShownToJavacsColumns() {
        String text = "class T {\n\tvoid run() {\n\t\tuse(\tname);\n\t}\n}\n";
        SourceText tabbed = new SourceText("T.java", null, text);
        int at = text.indexOf("name");
        CliDiagnostic d = new CliDiagnostic(Optional.empty(), Severity.WARNING, Optional.of(tabbed),
                Optional.of(new Span(tabbed, at, at + 4)), "look here", List.of(), List.of(), Optional.empty());
        assertThat(new RustcLayout(new Style(false)).render(d)).isEqualTo("""
                warning: look here
                 --> T.java:3:25
                  |
                3 |                 use(    name);
                  |                         ^^^^
                  |

                """);
    }

    @Test
    void aSpanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        int start = TEXT.indexOf("void run()");
        int end = TEXT.indexOf("    }\n}") + 5;
        CliDiagnostic d = diagnostic(new Span(source, start, end), List.of());
        assertThat(new RustcLayout(new Style(false)).render(d)).contains("""
                2 |     void run() {
                  |     ^^^^^^^^^^^^
                """);
    }
}
