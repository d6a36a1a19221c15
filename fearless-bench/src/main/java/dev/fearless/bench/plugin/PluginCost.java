package dev.fearless.bench.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checker's compile-time cost: javac on a large synthetic source tree, with and without
 * {@code -Xplugin:Fearless}, each in a fresh {@code javac} process as a command-line build runs it.
 *
 * <p>Runs alternate and swap order every repetition (plain, plugin, plugin, plain, ...) so that drift in the
 * machine's load falls on both sides; one discarded warm-up of each fills the file cache. Each run is timed
 * twice: CPU time (user + system of the javac process and its threads, read from the kernel's accounting
 * of the shell that waits for it), which measures the work the plugin adds even when other processes
 * compete for the cores, and wall time. Prints one tab-separated line: {@code javac_version classes lines
 * reps plain_cpu_ms plugin_cpu_ms cpu_ratio plain_wall_ms plugin_wall_ms wall_ratio plain_cpu_list
 * plugin_cpu_list} (medians, then every run); if a run fails, the line says {@code FAILED} and the first
 * compiler errors follow as comments. Linux only ({@code /proc}).
 *
 * <p>{@code --shape lambdas|stored|fields --n N} times one class with one method of {@code N} parts instead
 * (see {@link SyntheticSources#growth}); the line then has {@code shape n} where it has {@code classes}.
 * {@code --warmup false} skips the warm-up runs.
 *
 * <pre>{@code java -cp benchmarks.jar dev.fearless.bench.plugin.PluginCost \
 *     --javac /usr/lib/jvm/java-17-openjdk-amd64/bin/javac --core core.jar --checker checker.jar \
 *     --classes 400 --reps 5}</pre>
 */
public final class PluginCost {
    private PluginCost() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Path work = Files.createTempDirectory("fearless-plugin-cost");
        try {
            List<Path> files;
            if (o.shape == null) {
                files = SyntheticSources.write(work.resolve("src"), o.classes);
            } else {
                Path file = work.resolve("src").resolve("Growth.java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, SyntheticSources.growth(o.shape, o.n));
                files = List.of(file);
            }
            // A growth method is larger than a class file holds: both compilations stop after flow analysis.
            List<String> stop = o.shape == null ? List.of()
                    : List.of("-XDshould-stop.ifError=FLOW", "-XDshould-stop.ifNoError=FLOW");
            String what = o.shape == null ? Integer.toString(o.classes) : o.shape + "\t" + o.n;
            Path argFile = work.resolve("sources.txt");
            Files.write(argFile, files.stream().map(Path::toString).collect(Collectors.toList()));
            long lines = SyntheticSources.lines(files);
            String version = javacVersion(o.javac);

            List<String> plain = new ArrayList<>(List.of(o.javac, "-nowarn", "-d", work.resolve("out-plain").toString(),
                    "-cp", o.core));
            plain.addAll(stop);
            plain.add("@" + argFile);
            List<String> plugin = new ArrayList<>(List.of(o.javac, "-nowarn", "-d", work.resolve("out-plugin").toString(),
                    "-cp", o.core, "-processorpath", o.checker, "-Xplugin:Fearless"));
            plugin.addAll(stop);
            plugin.add("@" + argFile);

            if (o.warmup) {
                check(time(plain), version, what, lines);
                check(time(plugin), version, what, lines);
            }
            Run[] plainRuns = new Run[o.reps];
            Run[] pluginRuns = new Run[o.reps];
            for (int r = 0; r < o.reps; r++) {
                if (r % 2 == 0) {
                    plainRuns[r] = check(time(plain), version, what, lines);
                    pluginRuns[r] = check(time(plugin), version, what, lines);
                } else {
                    pluginRuns[r] = check(time(plugin), version, what, lines);
                    plainRuns[r] = check(time(plain), version, what, lines);
                }
            }
            long[] plainCpu = Arrays.stream(plainRuns).mapToLong(Run::cpuMillis).toArray();
            long[] pluginCpu = Arrays.stream(pluginRuns).mapToLong(Run::cpuMillis).toArray();
            double plainWall = median(Arrays.stream(plainRuns).mapToLong(Run::millis).toArray());
            double pluginWall = median(Arrays.stream(pluginRuns).mapToLong(Run::millis).toArray());
            System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%d\t%.0f\t%.0f\t%.3f\t%.0f\t%.0f\t%.3f\t%s\t%s%n", version,
                    what, lines, o.reps, median(plainCpu), median(pluginCpu), median(pluginCpu) / median(plainCpu),
                    plainWall, pluginWall, pluginWall / plainWall, join(plainCpu), join(pluginCpu));
        } finally {
            deleteTree(work);
        }
    }

    /** {@code run}, if it succeeded; else prints the FAILED line with javac's first lines and exits. */
    private static Run check(Run run, String version, String what, long lines) {
        if (!run.ok()) {
            System.out.println(version + "\t" + what + "\t" + lines + "\t0\tFAILED\tFAILED\tFAILED\t-\t-\t-\t-\t-");
            run.output().lines().limit(20).forEach(l -> System.out.println("# " + l));
            System.exit(1);
        }
        return run;
    }

    /** One javac run: whether it succeeded, its wall and CPU time, and what it printed. */
    record Run(boolean ok, long millis, long cpuMillis, String output) {
    }

    /** Marks the line with the shell's children's CPU ticks (fields 16, 17 of /proc/PID/stat). */
    private static final String CPU_MARK = "FEARLESS_CHILD_CPU_TICKS";

    private static Run time(List<String> command) throws IOException, InterruptedException {
        // The shell waits for javac, so the kernel has added javac's user and system time to the shell's
        // "children" counters by the time the shell reads its own stat line.
        List<String> wrapped = new ArrayList<>(List.of("sh", "-c",
                "\"$@\"; code=$?; echo; echo " + CPU_MARK + " $(cut -d' ' -f16,17 /proc/$$/stat); exit $code", "sh"));
        wrapped.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(wrapped).redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        int code = p.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String text = new String(out, StandardCharsets.UTF_8);
        long cpu = -1;
        int at = text.lastIndexOf(CPU_MARK);
        if (at >= 0) {
            String[] ticks = text.substring(at + CPU_MARK.length()).trim().split("\\s+");
            cpu = (Long.parseLong(ticks[0]) + Long.parseLong(ticks[1])) * 1000 / CLOCK_TICKS;
            text = text.substring(0, at);
        }
        return new Run(code == 0, millis, cpu, text);
    }

    /** The kernel's clock ticks per second for /proc times; 100 on every common Linux configuration. */
    private static final long CLOCK_TICKS = clockTicks();

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? Long.parseLong(s) : 100;
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return 100;
        }
    }

    private static String javacVersion(String javac) throws IOException, InterruptedException {
        return time(List.of(javac, "-version")).output().trim().replace(' ', '-');
    }

    static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }

    private static String join(long[] values) {
        return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Command-line options; every one has a default except the jars. */
    private static final class Options {
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        String core;
        String checker;
        int classes = 400;
        int reps = 5;
        String shape;
        int n = 1000;
        boolean warmup = true;

        static Options parse(String[] args) {
            Options o = new Options();
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String key = rest.remove(0);
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException("missing value after " + key);
                }
                String value = rest.remove(0);
                switch (key) {
                    case "--javac": o.javac = value; break;
                    case "--core": o.core = value; break;
                    case "--checker": o.checker = value; break;
                    case "--classes": o.classes = Integer.parseInt(value); break;
                    case "--reps": o.reps = Integer.parseInt(value); break;
                    case "--shape": o.shape = value; break;
                    case "--n": o.n = Integer.parseInt(value); break;
                    case "--warmup": o.warmup = Boolean.parseBoolean(value); break;
                    default: throw new IllegalArgumentException("unknown option " + key);
                }
            }
            if (o.core == null || o.checker == null) {
                throw new IllegalArgumentException("--core and --checker are required");
            }
            return o;
        }
    }
}
