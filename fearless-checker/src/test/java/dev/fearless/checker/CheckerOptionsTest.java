package dev.fearless.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CheckerOptionsTest {
    @Test
    void parsesStrictAndTables() {
        CheckerOptions o = CheckerOptions.parse("strict", "table=a.table", "table=b.table");
        assertThat(o.strict()).isTrue();
        assertThat(o.tables()).containsExactly(Path.of("a.table"), Path.of("b.table"));
        assertThat(CheckerOptions.parse()).isEqualTo(new CheckerOptions(false, false, List.of()));
    }

    @Test
    void rejectsUnknownOptions() {
        assertThatThrownBy(() -> CheckerOptions.parse("stirct"))
                .hasMessage("Fearless: unknown option `stirct` (known: strict, warn-unknown, table=FILE)");
    }
}
