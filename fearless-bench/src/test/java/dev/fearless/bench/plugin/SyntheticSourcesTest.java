package dev.fearless.bench.plugin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SyntheticSourcesTest {

    @Test
    void generatedTreeCompilesAgainstTheRuntime(@TempDir Path dir) {
        List<Path> files = SyntheticSources.write(dir.resolve("src"), 60);
        assertThat(files).hasSize(60);
        assertThat(SyntheticSources.lines(files)).isGreaterThan(60 * 50);
        assertThat(files.get(59).toString()).contains("gen/p1/Worker59.java");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", dir.resolve("out").toString(),
                "-cp", System.getProperty("java.class.path"), "-proc:none"));
        files.forEach(f -> args.add(f.toString()));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = javac.run(null, null, errors, args.toArray(String[]::new));
        assertThat(code).as(errors.toString()).isZero();
        assertThat(dir.resolve("out/gen/p1/Worker59.class")).exists();
    }

    @Test
    void eachClassCallsItsPredecessorSoAttributionCrossesFiles() {
        assertThat(SyntheticSources.source(0)).doesNotContain("new gen.");
        assertThat(SyntheticSources.source(51)).contains("new gen.p1.Worker50().chain(depth - 1)");
        assertThat(SyntheticSources.source(50)).contains("new gen.p0.Worker49()");
    }

    @Test
    void medianOfRuns() {
        assertThat(PluginCost.median(new long[] {5, 1, 3})).isEqualTo(3.0);
        assertThat(PluginCost.median(new long[] {4, 1, 3, 2})).isEqualTo(2.5);
    }
}
