package dev.fearless.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReportTest {

    /** A JMH result entry in the shape JMH 1.37 writes, with the given raw samples in one fork. */
    static String jmhEntry(String benchmark, String unit, int threads, double alloc, double... samples) {
        String raw = java.util.Arrays.stream(samples).mapToObj(d -> String.format(Locale.ROOT, "%.3f", d))
                .collect(Collectors.joining(", "));
        return "{ \"jmhVersion\" : \"1.37\", \"benchmark\" : \"dev.fearless.bench." + benchmark + "\", "
                + "\"mode\" : \"avgt\", \"threads\" : " + threads + ", \"jdkVersion\" : \"17.0.15\", "
                + "\"primaryMetric\" : { \"score\" : 1.0, \"scoreError\" : \"NaN\", \"scoreUnit\" : \"" + unit + "\", "
                + "\"rawData\" : [ [ " + raw + " ] ] }, "
                + "\"secondaryMetrics\" : { \"gc.alloc.rate.norm\" : { \"score\" : " + alloc + ", "
                + "\"scoreUnit\" : \"B/op\", \"rawData\" : [ [ " + alloc + " ] ] } } }";
    }

    @Test
    void jsonReadsJmhShapes() {
        Object v = Json.parse("[{\"a\": \"NaN\", \"b\": [1, 2.5e1, -3], \"c\": true, \"d\": null, \"e\": \"x\\\"y\\u0041\"}]");
        Map<String, Object> o = Json.object(Json.array(v).get(0));
        assertThat(Json.number(o.get("a"))).isNaN();
        assertThat(Json.array(o.get("b"))).containsExactly(1.0, 25.0, -3.0);
        assertThat(o.get("c")).isEqualTo(Boolean.TRUE);
        assertThat(o).containsEntry("d", null);
        assertThat(o.get("e")).isEqualTo("x\"yA");
    }

    @Test
    void statIsMedianWithMedianAbsoluteDeviation() {
        Stat s = Stat.of(List.of(10.0, 12.0, 11.0, 30.0, 9.0), "ns/op", Double.NaN);
        assertThat(s.median()).isEqualTo(11.0);
        assertThat(s.mad()).isEqualTo(1.0); // deviations 1,1,0,19,2 -> median 1
        assertThat(s.in("us/op").median()).isCloseTo(0.011, within(1e-12));
        Stat.Ratio q = Stat.of(List.of(22.0, 22.0, 22.0), "ns/op", 0).over(Stat.of(List.of(11.0), "ns/op", 0));
        assertThat(q.value()).isEqualTo(2.0);
        assertThat(q.error()).isZero();
    }

    @Test
    void rendersTablesRatiosTargetsAndCharts(@TempDir Path dir) throws IOException {
        Path raw = Files.createDirectories(dir.resolve("raw"));
        // Two rounds: samples from both are pooled.
        Files.writeString(raw.resolve("jmh-jdk17-r1.json"), "[" + String.join(",",
                jmhEntry("RefCountBench.floorAtomicInteger", "ns/op", 1, 0, 10, 10, 10),
                jmhEntry("RefCountBench.arcCloneClose", "ns/op", 1, 0, 11, 11, 11),
                jmhEntry("RefCountBench.rcCloneClose", "ns/op", 1, 0, 5, 5, 5),
                jmhEntry("MutexBench.mutexLockUnlock", "ns/op", 1, 0, 12, 12),
                jmhEntry("MutexBench.reentrantLockUnlock", "ns/op", 1, 0, 15, 15),
                jmhEntry("SharedCounterBench.T2.mutexIncrement", "ns/op", 2, 16, 40, 40),
                jmhEntry("SharedCounterBench.T2.reentrantLockIncrement", "ns/op", 2, 16, 50, 50),
                jmhEntry("SpawnJoinBench.jdkThreadStartJoin", "us/op", 1, 500, 60, 60),
                jmhEntry("SpawnJoinBench.fearlessSpawnJoin", "us/op", 1, 600, 61, 59))
                + "]");
        Files.writeString(raw.resolve("jmh-jdk17-r2.json"), "["
                + jmhEntry("RefCountBench.arcCloneClose", "ns/op", 1, 0, 11, 11, 11) + "]");
        Files.writeString(raw.resolve("rust.tsv"), "# mode=quick\nfloor_atomic\t14.000\t0.100\t10\n"
                + "arc_clone_drop\t14.420\t0.100\t10\nrc_clone_drop\t3.640\t0.010\t10\n");
        Files.writeString(raw.resolve("plugin-jdk17.tsv"),
                "javac-17.0.15\t300\t25000\t3\t4000\t4100\t1.025\t3000\t3300\t1.100\t4000,4010,3990\t4100,4090,4110\n");
        Files.writeString(raw.resolve("memory-jdk17.tsv"), "# VM details\narc.allocation\t40\tArc 16 + Inner 24\n");
        Files.writeString(raw.resolve("machine.txt"), "cpu: test\n");
        Files.writeString(raw.resolve("load.txt"), "1 2.5\n2 3.5\n");

        RunResults results = RunResults.read(raw, dir.resolve("no-device"));
        assertThat(results.get("jdk17", "RefCountBench.arcCloneClose").samples()).isEqualTo(6);
        assertThat(results.rounds).containsEntry("jdk17", 2);

        Path charts = Files.createDirectories(dir.resolve("charts"));
        Path out = dir.resolve("BENCHMARKS.md");
        Report.main(new String[] {"--raw", raw.toString(), "--charts", charts.toString(), "--out", out.toString(),
                "--mode", "quick", "--seconds", "123"});
        String md = Files.readString(out);

        assertThat(md).contains("| `Arc` clone+close <= 1.15x floor | 1.10 +/- 0.00 **met** |");
        assertThat(md).contains("| `Rc` clone+close <= 0.35x floor | 0.50 +/- 0.00 **missed** |");
        assertThat(md).contains("| `Mutex` lock+unlock <= 1.0x `ReentrantLock` | 0.80 +/- 0.00 **met** |");
        assertThat(md).contains("contended, 2 threads: `Mutex` time/op <= `ReentrantLock`'s | 0.80 +/- 0.00 **met**");
        assertThat(md).contains("| `-Xplugin:Fearless` adds <= 5% to javac | 1.025x CPU (1.100x wall) **met** |");
        assertThat(md).contains("Rust 1.03x"); // 14.42 / 14
        assertThat(md).contains("| **Fearless `Arc` clone+close** | 11.0 +/- 0.0 | 1.10 +/- 0.00 | 0 | 14.4 +/- 0.1 | 1.03 +/- 0.01 |");
        assertThat(md).contains("Arc 16 + Inner 24");
        assertThat(md).contains("min 2.50, median 3.00, max 3.50");
        assertThat(md).contains("(123 s)");
        assertThat(md).contains("## Scaling on a many-core machine\n\nNot recorded yet.");
        assertThat(charts.resolve("ratio-to-floor.png")).isNotEmptyFile();
        assertThat(charts.resolve("contention.png")).isNotEmptyFile();
    }

    @Test
    void includesTheScalingRunAndItsChartWhenPresent(@TempDir Path dir) throws IOException {
        Path raw = Files.createDirectories(dir.resolve("raw"));
        Path device = Files.createDirectories(dir.resolve("device"));
        for (int t : new int[] {1, 2, 4}) {
            Files.writeString(device.resolve("scaling-t" + t + "-r1.json"), "["
                    + jmhEntry("SharedCounterBench.Scaling.mutexIncrement", "ns/op", t, 0, 10.0 * t, 10.0 * t) + "]");
        }
        Files.writeString(device.resolve("machine.txt"), "cpu: sixteen cores\n");
        Path charts = Files.createDirectories(dir.resolve("charts"));
        Path out = dir.resolve("B.md");
        Report.main(new String[] {"--raw", raw.toString(), "--device", device.toString(), "--charts",
                charts.toString(), "--out", out.toString()});
        String md = Files.readString(out);
        assertThat(md).contains("| Fearless Mutex | 10.0 +/- 0.0 | 20.0 +/- 0.0 | 40.0 +/- 0.0 |");
        assertThat(md).contains("cpu: sixteen cores");
        assertThat(charts.resolve("device-scaling.png")).isNotEmptyFile();
    }
}
