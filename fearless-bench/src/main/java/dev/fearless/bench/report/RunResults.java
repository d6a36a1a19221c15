package dev.fearless.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything one run of {@code run.sh} wrote into its raw folder, read back:
 * {@code jmh-<jdk>-r<round>.json} (one JMH invocation per JDK and round), {@code rust.tsv},
 * {@code memory-<jdk>.tsv}, {@code plugin-<jdk>.tsv}, {@code machine.txt}, {@code load.txt}, and the
 * optional many-core scaling run's JMH files under {@code device/}.
 */
final class RunResults {
    private static final String PACKAGE = "dev.fearless.bench.";

    /** JMH figures per JDK label ("jdk17"), keyed by "Class.method" (nested classes as "Outer.Inner"). */
    final Map<String, Map<String, Stat>> jmh = new TreeMap<>();
    /** The JVM that produced each JDK label's figures, e.g. "17.0.15". */
    final Map<String, String> jdkVersions = new TreeMap<>();
    /** How many JMH rounds each JDK label had. */
    final Map<String, Integer> rounds = new TreeMap<>();
    /** Rust figures, keyed by workload name, in ns/op. */
    final Map<String, Stat> rust = new LinkedHashMap<>();
    /** Memory figures per JDK label: key -> {bytes, classes}. */
    final Map<String, Map<String, String[]>> memory = new TreeMap<>();
    /** Plugin compile-time lines per JDK label (the tab-separated fields PluginCost prints). */
    final Map<String, String[]> plugin = new TreeMap<>();
    /** Scaling run figures keyed by "Class.method@threads". */
    final Map<String, Stat> device = new TreeMap<>();
    final List<String> machine = new ArrayList<>();
    final List<String> deviceMachine = new ArrayList<>();
    final List<Double> load = new ArrayList<>();
    /** "jdk17 Class.method" for each benchmark whose JMH log shows a failure. */
    final Set<String> failed = new TreeSet<>();

    static RunResults read(Path raw, Path deviceDir) {
        RunResults r = new RunResults();
        try {
            Map<String, Map<String, List<Double>>> samples = new TreeMap<>();
            Map<String, Map<String, String>> units = new TreeMap<>();
            Map<String, Map<String, List<Double>>> allocs = new TreeMap<>();
            for (Path f : list(raw, "jmh-", ".json")) {
                String label = f.getFileName().toString().replaceFirst("^jmh-", "").replaceFirst("-r\\d+\\.json$", "");
                r.rounds.merge(label, 1, Integer::sum);
                readJmh(f, false, samples.computeIfAbsent(label, k -> new TreeMap<>()),
                        units.computeIfAbsent(label, k -> new TreeMap<>()),
                        allocs.computeIfAbsent(label, k -> new TreeMap<>()), r.jdkVersions, label);
            }
            for (String label : samples.keySet()) {
                Map<String, Stat> stats = new TreeMap<>();
                samples.get(label).forEach((key, values) -> stats.put(key, Stat.of(values,
                        units.get(label).get(key), Stat.median(toArray(allocs.get(label).get(key))))));
                r.jmh.put(label, stats);
            }
            for (Path f : list(raw, "jmh-", ".log")) {
                String label = f.getFileName().toString().replaceFirst("^jmh-", "").replaceFirst("-r\\d+\\.log$", "");
                String current = null;
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("# Benchmark: ")) {
                        current = line.substring("# Benchmark: ".length()).replace(PACKAGE, "").trim();
                    } else if (line.contains("<failure>") && current != null) {
                        r.failed.add(label + " " + current);
                    }
                }
            }
            Path rust = raw.resolve("rust.tsv");
            if (Files.exists(rust)) {
                for (String line : Files.readAllLines(rust)) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    double median = Double.parseDouble(f[1]);
                    r.rust.put(f[0], new Stat(median, Double.parseDouble(f[2]), Integer.parseInt(f[3]), "ns/op",
                            Double.NaN));
                }
            }
            for (Path f : list(raw, "memory-", ".tsv")) {
                String label = f.getFileName().toString().replaceFirst("^memory-", "").replaceFirst("\\.tsv$", "");
                Map<String, String[]> m = new LinkedHashMap<>();
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("#") && !line.isBlank()) {
                        String[] p = line.split("\t");
                        m.put(p[0], new String[] {p[1], p.length > 2 ? p[2] : ""});
                    }
                }
                r.memory.put(label, m);
            }
            for (Path f : list(raw, "plugin-", ".tsv")) {
                String label = f.getFileName().toString().replaceFirst("^plugin-", "").replaceFirst("\\.tsv$", "");
                Files.readAllLines(f).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst()
                        .ifPresent(l -> r.plugin.put(label, l.split("\t")));
            }
            Path machine = raw.resolve("machine.txt");
            if (Files.exists(machine)) {
                r.machine.addAll(Files.readAllLines(machine));
            }
            Path load = raw.resolve("load.txt");
            if (Files.exists(load)) {
                for (String line : Files.readAllLines(load)) {
                    String[] p = line.trim().split("\\s+");
                    if (p.length >= 2) {
                        r.load.add(Double.parseDouble(p[1]));
                    }
                }
            }
            if (deviceDir != null && Files.isDirectory(deviceDir)) {
                Map<String, List<Double>> s = new TreeMap<>();
                Map<String, String> u = new TreeMap<>();
                Map<String, List<Double>> a = new TreeMap<>();
                for (Path f : list(deviceDir, "scaling-", ".json")) {
                    readJmh(f, true, s, u, a, new TreeMap<>(), "device");
                }
                s.forEach((key, values) -> r.device.put(key, Stat.of(values, u.get(key), Double.NaN)));
                Path info = deviceDir.resolve("machine.txt");
                if (Files.exists(info)) {
                    r.deviceMachine.addAll(Files.readAllLines(info));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    /** The figure for {@code key} on JDK {@code label}, or null if that benchmark did not run. */
    Stat get(String label, String key) {
        Map<String, Stat> m = jmh.get(label);
        return m == null ? null : m.get(key);
    }

    private static void readJmh(Path file, boolean keyByThreads, Map<String, List<Double>> samples,
                                Map<String, String> units, Map<String, List<Double>> allocs,
                                Map<String, String> versions, String label) throws IOException {
        for (Object o : Json.array(Json.parse(Files.readString(file)))) {
            Map<String, Object> b = Json.object(o);
            String key = ((String) b.get("benchmark")).replace(PACKAGE, "");
            Map<String, Object> params = Json.object(b.get("params"));
            if (!params.isEmpty()) {
                key += params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",", "[", "]"));
            }
            if (keyByThreads) {
                key += "@" + (int) Json.number(b.get("threads"));
            }
            versions.putIfAbsent(label, String.valueOf(b.get("jdkVersion")));
            Map<String, Object> primary = Json.object(b.get("primaryMetric"));
            units.put(key, (String) primary.get("scoreUnit"));
            List<Double> into = samples.computeIfAbsent(key, k -> new ArrayList<>());
            for (Object fork : Json.array(primary.get("rawData"))) {
                for (Object v : Json.array(fork)) {
                    into.add(Json.number(v));
                }
            }
            Map<String, Object> secondary = Json.object(b.get("secondaryMetrics"));
            Map<String, Object> alloc = Json.object(secondary.get("gc.alloc.rate.norm"));
            if (!alloc.isEmpty()) {
                allocs.computeIfAbsent(key, k -> new ArrayList<>()).add(Json.number(alloc.get("score")));
            }
            // A @Group benchmark reports each of its methods as a secondary metric: "Class.group:method".
            for (Map.Entry<String, Object> m : secondary.entrySet()) {
                if (m.getKey().contains(".")) {
                    continue; // a profiler's metric (gc.*)
                }
                Map<String, Object> metric = Json.object(m.getValue());
                String sub = key + ":" + m.getKey();
                units.put(sub, (String) metric.get("scoreUnit"));
                List<Double> subInto = samples.computeIfAbsent(sub, k -> new ArrayList<>());
                for (Object fork : Json.array(metric.get("rawData"))) {
                    for (Object v : Json.array(fork)) {
                        subInto.add(Json.number(v));
                    }
                }
            }
        }
    }

    private static List<Path> list(Path dir, String prefix, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(suffix);
            }).sorted().collect(Collectors.toList());
        }
    }

    private static double[] toArray(List<Double> values) {
        return values == null ? new double[0] : values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
