package dev.fearless.checker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The label snippets of a javac message: one source line per labelled line, one underline row per label. */
class LabelSnippetsTest {
    private static final String TEXT = """
            class Demo {
                void run(List<String> log) {
                    Threads.spawn(() -> log.add("worker"));
                    log.add("main");
                }
            }
            """;

    private static RenderedDiagnostic.Label label(String text, String message, boolean primary) {
        int at = TEXT.indexOf(text);
        return new RenderedDiagnostic.Label(at, at + text.length(), message, primary);
    }

    @Test
    void eachLabelledLineOnceWithAnUnderlineRowPerLabelInColumnOrder() {
        List<String> lines = LabelSnippets.lines(TEXT, TEXT.indexOf("log.add(\"main\")"), List.of(
                label("log.add(\"worker\")", "changed here, on the other thread", false),
                label("Threads.spawn", "runs the lambda on another thread", false),
                label("List<String> log", "`log` is declared here", false)));
        assertThat(String.join("\n", lines)).isEqualTo("""
                2 |     void run(List<String> log) {
                  |              ---------------- `log` is declared here
                3 |         Threads.spawn(() -> log.add("worker"));
                  |         ------------- runs the lambda on another thread
                  |                             ----------------- changed here, on the other thread""");
    }

    @Test
    void labelsOnTheCaretsLineAreLeftToJavacsOwnSourceLine() {
        List<String> lines = LabelSnippets.lines(TEXT, TEXT.indexOf("log.add(\"worker\")"), List.of(
                label("Threads.spawn", "runs the lambda on another thread", false),
                label("log.add(\"worker\")", "changed here", true),
                label("log.add(\"main\")", "used here after the move", false)));
        assertThat(lines).containsExactly(
                "4 |         log.add(\"main\");",
                "  |         --------------- used here after the move");
        assertThat(LabelSnippets.lines(TEXT, TEXT.indexOf("Threads"), List.of(label("log.add(\"worker\")", "x", false))))
                .as("all on the caret's line: no snippet").isEmpty();
    }

    @Test
    void tabsAreExpandedToJavacsColumnsAndAPrimaryLabelIsUnderlinedWithCarets() {
        String text = "class T {\n\tvoid run() {\n\t\tuse(\tname);\n\t}\n}\n";
        int at = text.indexOf("name");
        List<String> lines = LabelSnippets.lines(text, -1, List.of(
                new RenderedDiagnostic.Label(at, at + 4, "used here", true),
                new RenderedDiagnostic.Label(text.indexOf("use("), text.indexOf("use(") + 3, "a call", false)));
        assertThat(lines).containsExactly(
                "3 |                 use(    name);",
                "  |                 --- a call",
                "  |                         ^^^^ used here");
    }

    @Test
    void aSpanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLineAndTheGutterFitsTheWidestNumber() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < 10; i++) {
            text.append("// ").append(i).append('\n');
        }
        int start = text.length();
        text.append("run(() -> {\n    work();\n});\n");
        int work = text.indexOf("work");
        List<String> lines = LabelSnippets.lines(text, -1, List.of(
                new RenderedDiagnostic.Label(start, text.length() - 2, "the lambda", false),
                new RenderedDiagnostic.Label(work, work + 6, "", false)));
        assertThat(lines).containsExactly(
                "10 | run(() -> {",
                "   | ----------- the lambda",
                "11 |     work();",
                "   |     ------");
    }
}
