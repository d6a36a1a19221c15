package dev.fearless.bench.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a large, valid source tree for timing the compiler: classes that share state between threads the
 * way the Rust Book teaches ({@code Arc<Mutex<Integer>>} cloned into {@code Threads.spawn}), keep an
 * {@code Rc} on one thread, return values from threads, and otherwise contain ordinary Java (collections,
 * records, switches, streams, calls into neighbouring classes) so that the checker's share of the work is
 * what it would be in a real project.
 *
 * <p>Every generated program is safe, so javac succeeds with and without {@code -Xplugin:Fearless}.
 */
public final class SyntheticSources {
    private static final int CLASSES_PER_PACKAGE = 50;

    private SyntheticSources() {
    }

    /** Writes {@code classes} classes under {@code root} and returns the files, in order. */
    public static List<Path> write(Path root, int classes) {
        List<Path> files = new ArrayList<>(classes);
        try {
            for (int i = 0; i < classes; i++) {
                String pkg = packageOf(i);
                Path dir = root.resolve(pkg.replace('.', '/'));
                Files.createDirectories(dir);
                Path file = dir.resolve("Worker" + i + ".java");
                Files.writeString(file, source(i));
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Total lines in {@code files}. */
    public static long lines(List<Path> files) {
        long total = 0;
        try {
            for (Path f : files) {
                try (var stream = Files.lines(f)) {
                    total += stream.count();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /** The shapes of {@link #growth}: one large method, for how the checker's cost grows with it. */
    public static final List<String> SHAPES = List.of("lambdas", "stored", "fields");

    /**
     * One class {@code Growth} whose one method has {@code n} parts of one shape:
     * <ul>
     *   <li>{@code lambdas}: {@code List<Integer> lK = new ArrayList<>(); ex.submit(() -> lK.add(K));}, each lambda
     *       capturing its own list;</li>
     *   <li>{@code stored}: {@code Runnable rK = () -> l.add(K); ex.submit(rK);}, every stored lambda capturing the
     *       one list (a synchronized one, so that the program is safe);</li>
     *   <li>{@code fields}: {@code n} final fields, all read in one lambda handed to the executor.</li>
     * </ul>
     * Past about a thousand parts the method is larger than a class file allows (64 KiB of code), so javac
     * accepts it only when it stops after flow analysis (where the plugin runs).
     */
    public static String growth(String shape, int n) {
        StringBuilder s = new StringBuilder(64 * n + 1024);
        s.append("import java.util.ArrayList;\nimport java.util.Collections;\nimport java.util.List;\nimport java.util.concurrent.ExecutorService;\n\n")
                .append("public final class Growth {\n");
        switch (shape) {
            case "lambdas":
                s.append("    public void run(ExecutorService ex) {\n");
                for (int k = 0; k < n; k++) {
                    s.append("        List<Integer> l").append(k).append(" = new ArrayList<>();\n")
                            .append("        ex.submit(() -> l").append(k).append(".add(").append(k).append("));\n");
                }
                s.append("    }\n");
                break;
            case "stored":
                s.append("    public void run(ExecutorService ex) {\n")
                        .append("        List<Integer> l = Collections.synchronizedList(new ArrayList<>());\n");
                for (int k = 0; k < n; k++) {
                    s.append("        Runnable r").append(k).append(" = () -> l.add(").append(k).append(");\n")
                            .append("        ex.submit(r").append(k).append(");\n");
                }
                s.append("    }\n");
                break;
            case "fields":
                for (int k = 0; k < n; k++) {
                    s.append("    private final int f").append(k).append(" = Integer.getInteger(\"f\", ").append(k)
                            .append(");\n");
                }
                s.append("\n    public void run(ExecutorService ex) {\n        ex.execute(() -> {\n")
                        .append("            long sum = 0;\n");
                for (int k = 0; k < n; k++) {
                    s.append("            sum += f").append(k).append(";\n");
                }
                s.append("            System.out.println(sum);\n        });\n    }\n");
                break;
            default:
                throw new IllegalArgumentException("unknown shape " + shape + " (known: " + SHAPES + ")");
        }
        return s.append("}\n").toString();
    }

    private static String packageOf(int i) {
        return "gen.p" + (i / CLASSES_PER_PACKAGE);
    }

    /** One class; it calls the previous class (if any) so that attribution crosses files. */
    static String source(int i) {
        String previous = i == 0 ? null : packageOf(i - 1) + ".Worker" + (i - 1);
        StringBuilder s = new StringBuilder(4096);
        s.append("package ").append(packageOf(i)).append(";\n\n")
                .append("import dev.fearless.rc.Rc;\n")
                .append("import dev.fearless.sync.Arc;\n")
                .append("import dev.fearless.sync.Mutex;\n")
                .append("import dev.fearless.sync.MutexGuard;\n")
                .append("import dev.fearless.thread.JoinHandle;\n")
                .append("import dev.fearless.thread.Threads;\n")
                .append("import java.util.ArrayList;\n")
                .append("import java.util.HashMap;\n")
                .append("import java.util.List;\n")
                .append("import java.util.Map;\n")
                .append("import java.util.stream.Collectors;\n\n")
                .append("public final class Worker").append(i).append(" {\n")
                .append("    private final Map<String, Integer> seen = new HashMap<>();\n\n")
                .append("    record Point(int x, int y) {\n")
                .append("        Point plus(Point other) {\n")
                .append("            return new Point(x + other.x, y + other.y);\n")
                .append("        }\n")
                .append("    }\n\n")
                // Shared counter: clone the Arc into each thread, lock inside the thread.
                .append("    public int count(int threads, int increments) {\n")
                .append("        try (Arc<Mutex<Integer>> counter = Arc.of(Mutex.of(0))) {\n")
                .append("            List<JoinHandle<Void>> handles = new ArrayList<>();\n")
                .append("            for (int t = 0; t < threads; t++) {\n")
                .append("                Arc<Mutex<Integer>> mine = counter.clone();\n")
                .append("                int step = t % 3 + ").append(i % 7).append(";\n")
                .append("                handles.add(Threads.spawn(() -> {\n")
                .append("                    try (mine) {\n")
                .append("                        for (int k = 0; k < increments; k++) {\n")
                .append("                            try (MutexGuard<Integer> guard = mine.get().lock()) {\n")
                .append("                                guard.set(guard.get() + step);\n")
                .append("                            }\n")
                .append("                        }\n")
                .append("                    }\n")
                .append("                }));\n")
                .append("            }\n")
                .append("            for (JoinHandle<Void> handle : handles) {\n")
                .append("                handle.join();\n")
                .append("            }\n")
                .append("            return counter.get().withLock(MutexGuard::get);\n")
                .append("        }\n")
                .append("    }\n\n")
                // A thread that returns a value computed from captured immutable values.
                .append("    public JoinHandle<String> describe(String name, int times) {\n")
                .append("        String prefix = name + \"#").append(i).append("\";\n")
                .append("        return Threads.spawn(() -> prefix.repeat(Math.max(1, times % 4)));\n")
                .append("    }\n\n")
                // Rc stays on its thread.
                .append("    public String local(List<String> words) {\n")
                .append("        try (Rc<StringBuilder> text = Rc.of(new StringBuilder())) {\n")
                .append("            try (Rc<StringBuilder> alias = text.clone()) {\n")
                .append("                for (String w : words) {\n")
                .append("                    alias.get().append(w).append(' ');\n")
                .append("                    seen.merge(w, 1, Integer::sum);\n")
                .append("                }\n")
                .append("            }\n")
                .append("            return text.get().toString().trim();\n")
                .append("        }\n")
                .append("    }\n\n")
                // Ordinary code the checker must walk past.
                .append("    static int classify(int x) {\n")
                .append("        switch (x % 5) {\n")
                .append("            case 0: return x / 2;\n")
                .append("            case 1: return x * 3 + 1;\n")
                .append("            case 2: return x - ").append(i).append(";\n")
                .append("            default: return x;\n")
                .append("        }\n")
                .append("    }\n\n")
                .append("    static Point walk(int steps) {\n")
                .append("        Point p = new Point(0, 0);\n")
                .append("        for (int s = 0; s < steps; s++) {\n")
                .append("            p = p.plus(new Point(classify(s), s % 2 == 0 ? 1 : -1));\n")
                .append("        }\n")
                .append("        return p;\n")
                .append("    }\n\n")
                .append("    public String summary() {\n")
                .append("        return seen.entrySet().stream()\n")
                .append("                .filter(e -> e.getValue() > 1)\n")
                .append("                .map(e -> e.getKey() + \"=\" + e.getValue())\n")
                .append("                .sorted()\n")
                .append("                .collect(Collectors.joining(\", \"));\n")
                .append("    }\n\n")
                .append("    public int chain(int depth) {\n");
        if (previous == null) {
            s.append("        return classify(depth) + walk(depth).x();\n");
        } else {
            s.append("        return depth <= 0 ? 0 : new ").append(previous)
                    .append("().chain(depth - 1) + classify(depth);\n");
        }
        s.append("    }\n")
                .append("}\n");
        return s.toString();
    }
}
