package dev.fearless.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void linesEndAtLfCrLfAndCr() {
        SourceText s = new SourceText("A.java", null, "a\nbc\r\nd\re");
        assertThat(s.lineCount()).isEqualTo(4);
        assertThat(s.lineText(1)).isEqualTo("a");
        assertThat(s.lineText(2)).isEqualTo("bc");
        assertThat(s.lineText(3)).isEqualTo("d");
        assertThat(s.lineText(4)).isEqualTo("e");
        assertThat(s.line(0)).isEqualTo(1);
        assertThat(s.line(2)).isEqualTo(2);
        assertThat(s.line(4)).as("the \\r of \\r\\n").isEqualTo(2);
        assertThat(s.line(6)).isEqualTo(3);
        assertThat(s.line(8)).isEqualTo(4);
    }

    @Test
    void javacColumnsExpandTabsToMultiplesOfEightCharColumnsCountCharacters() {
        String text = "\tint x;\n  \t y = \"\u00e9\u00e9\"; z\n";
        SourceText s = new SourceText("A.java", null, text);
        int x = text.indexOf('x');
        assertThat(s.charColumn(x)).isEqualTo(6);
        assertThat(s.javacColumn(x)).isEqualTo(13); // tab to column 9, then "int "
        int y = text.indexOf('y');
        assertThat(s.charColumn(y)).isEqualTo(5);
        assertThat(s.javacColumn(y)).isEqualTo(10); // two spaces, a tab to 9, a space
        int z = text.indexOf('z');
        assertThat(s.charColumn(z) - s.charColumn(y)).as("é is one character").isEqualTo(10);
        assertThat(s.expandedLine(2)).isEqualTo("         y = \"\u00e9\u00e9\"; z");
        assertThat(s.expandedLine(2).indexOf('z') + 1).isEqualTo(s.javacColumn(z));
    }

    @Test
    void aTrimmedLineLeavesOutIndentation() {
        SourceText s = new SourceText("A.java", null, "class A {\n    \tint x;   \n\n}");
        CliDiagnostic.Span span = s.trimmedLine(2);
        assertThat(s.text().substring(span.start(), span.end())).isEqualTo("int x;");
        CliDiagnostic.Span blank = s.trimmedLine(3);
        assertThat(blank.end() - blank.start()).isZero();
    }
}
