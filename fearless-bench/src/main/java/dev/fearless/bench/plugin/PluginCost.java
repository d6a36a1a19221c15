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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checker's compile-time cost: javac on a large synthetic source tree, with and without
 * {@code -Xplugin:Fearless}, each in a fresh {@code javac} process as a command-line build runs it.
 *
 * <p>Runs alternate and swap order every repetition (plain, plugin, plugin, plain, ...) so that drift in the
 * machine's load falls on both sides; one discarded warm-up of each fills the file cache. Prints one
 * tab-separated line: {@code javac_version classes lines reps plain_median_ms plugin_median_ms ratio
 * plain_ms_list plugin_ms_list}; if the plugin run fails, the line says {@code FAILED} and the first
 * compiler errors follow as comments.
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
            List<Path> files = SyntheticSources.write(work.resolve("src"), o.classes);
            Path argFile = work.resolve("sources.txt");
            Files.write(argFile, files.stream().map(Path::toString).collect(Collectors.toList()));
            long lines = SyntheticSources.lines(files);
            String version = javacVersion(o.javac);

            List<String> plain = List.of(o.javac, "-nowarn", "-d", work.resolve("out-plain").toString(),
                    "-cp", o.core, "@" + argFile);
            List<String> plugin = List.of(o.javac, "-nowarn", "-d", work.resolve("out-plugin").toString(),
                    "-cp", o.core, "-processorpath", o.checker, "-Xplugin:Fearless", "@" + argFile);

            Run warmPlain = time(plain);
            Run warmPlugin = time(plugin);
            if (!warmPlain.ok() || !warmPlugin.ok()) {
                System.out.println(version + "\t" + o.classes + "\t" + lines + "\t0\tFAILED\tFAILED\tFAILED\t-\t-");
                Run failed = warmPlain.ok() ? warmPlugin : warmPlain;
                failed.output().lines().limit(20).forEach(l -> System.out.println("# " + l));
                System.exit(1);
            }
            long[] plainMs = new long[o.reps];
            long[] pluginMs = new long[o.reps];
            for (int r = 0; r < o.reps; r++) {
                if (r % 2 == 0) {
                    plainMs[r] = time(plain).millis();
                    pluginMs[r] = time(plugin).millis();
                } else {
                    pluginMs[r] = time(plugin).millis();
                    plainMs[r] = time(plain).millis();
                }
            }
            double plainMedian = median(plainMs);
            double pluginMedian = median(pluginMs);
            System.out.printf("%s\t%d\t%d\t%d\t%.0f\t%.0f\t%.3f\t%s\t%s%n", version, o.classes, lines, o.reps,
                    plainMedian, pluginMedian, pluginMedian / plainMedian, join(plainMs), join(pluginMs));
        } finally {
            deleteTree(work);
        }
    }

    record Run(boolean ok, long millis, String output) {
    }

    private static Run time(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        int code = p.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(code == 0, millis, new String(out, StandardCharsets.UTF_8));
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
