package dev.fearless.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The level comes from -Dfearless.leakDetection, read once at class initialisation: checked in fresh JVMs. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LeakDetectorPropertyTest {
    private static String probe(String property) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        if (property != null) {
            command.add("-D" + LeakDetector.PROPERTY + "=" + property);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LeakLevelProbe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output.lines().filter(l -> l.startsWith("enabled=")).findFirst().orElse(output);
    }

    @Test
    void offDisablesDetectionForTheWholeRun() throws Exception {
        assertThat(probe("off")).isEqualTo("enabled=false level=OFF refused");
    }

    @Test
    void defaultIsSampledAndParanoidIsRecognised() throws Exception {
        assertThat(probe(null)).isEqualTo("enabled=true level=SAMPLED raised");
        assertThat(probe("paranoid")).isEqualTo("enabled=true level=PARANOID raised");
    }

    @Test
    void anUnknownValueFallsBackToSampled() throws Exception {
        assertThat(probe("everything")).isEqualTo("enabled=true level=SAMPLED raised");
    }
}
