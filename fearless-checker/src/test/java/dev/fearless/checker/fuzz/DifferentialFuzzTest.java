package dev.fearless.checker.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import javax.tools.Diagnostic;

import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing of the checker: random valid programs ({@link ProgramGenerator}) are compiled with and
 * without {@code -Xplugin:Fearless}, along with rewrites of them that keep their meaning ({@link Rewrites}), and
 * the test asserts that
 * <ol>
 *   <li>the plugin never fails internally ({@code Fearless: internal error}, {@code Fearless: cannot});</li>
 *   <li>plain javac accepts every program (the generator's promise), and every error the plugin adds is one of
 *       its findings (a code {@code F0xxx});</li>
 *   <li>every rewrite gets the original's verdict: the same findings (code and headline, lines aside, renamed
 *       locals named back);</li>
 *   <li>a program compiled in a batch gets the verdict it gets compiled alone.</li>
 * </ol>
 * Many programs go into one javac task, each copy in its own package. A failure prints the seed, the program's
 * number, both texts, both verdicts, and the pair shrunk by {@link Reducer}.
 *
 * <p>The suite runs a short fixed-seed round; {@code -Dfearless.fuzz.programs=N -Dfearless.fuzz.seed=S} runs
 * longer or elsewhere ({@code -Dfearless.fuzz.batch=B} programs per javac task).
 */
class DifferentialFuzzTest {
    static final long DEFAULT_SEED = 20261203L;
    private static final int DEFAULT_PROGRAMS = 250;
    private static final int REPORTED = 3;

    /** The random source of program {@code index} of the run with {@code seed}: each program repeats alone. */
    static Random programRandom(long seed, int index) {
        return new Random(seed * 0x9E3779B97F4A7C15L + index);
    }

    static long rewriteSeed(long seed, int index, int rewrite) {
        return (seed * 0x9E3779B97F4A7C15L + index) * 31 + rewrite + 1;
    }

    /** One compiled copy: the program it was made from and what was done to it (null: the original). */
    private record Unit(int index, Program program, Rewrites.Variant variant, Rewrites.Rewrite rewrite, int rewriteIndex) {
    }

    @Test
    void rewritesKeepTheVerdictAndThePluginOnlyAddsItsFindings() {
        long seed = Long.getLong("fearless.fuzz.seed", DEFAULT_SEED);
        int programs = Integer.getInteger("fearless.fuzz.programs", DEFAULT_PROGRAMS);
        int batch = Integer.getInteger("fearless.fuzz.batch", 40);
        List<String> failures = new ArrayList<>();
        int findings = 0;
        int compared = 0;
        for (int start = 0; start < programs; start += batch) {
            Map<String, Unit> units = new LinkedHashMap<>();
            Map<String, String> sources = new LinkedHashMap<>();
            for (int i = start; i < Math.min(programs, start + batch); i++) {
                Program p = new ProgramGenerator(programRandom(seed, i)).program("P" + i);
                String pkg = "f" + i;
                units.put(p.fileName(pkg), new Unit(i, p, null, null, -1));
                sources.put(p.fileName(pkg), p.render(pkg));
                for (int r = 0; r < Rewrites.ALL.size(); r++) {
                    Rewrites.Rewrite rw = Rewrites.ALL.get(r);
                    Optional<Rewrites.Variant> v = rw.apply(p, new Random(rewriteSeed(seed, i, r)));
                    if (v.isPresent()) {
                        String vpkg = pkg + rw.name();
                        units.put(v.get().program().fileName(vpkg), new Unit(i, p, v.get(), rw, r));
                        sources.put(v.get().program().fileName(vpkg), v.get().program().render(vpkg));
                    }
                }
            }
            BatchCompiler.Result plain = BatchCompiler.compile(sources, false);
            BatchCompiler.Result checked = BatchCompiler.compile(sources, true);
            check(Stream.concat(plain.unplaced().stream(), checked.unplaced().stream())
                    .allMatch(m -> m.kind() == Diagnostic.Kind.NOTE), failures,
                    () -> "diagnostics without a file (seed " + seed + "): " + plain.unplaced() + checked.unplaced());
            // The exit status: plain javac succeeds, and with the plugin it fails exactly when there are findings.
            boolean anyError = checked.byFile().values().stream().flatMap(List::stream).anyMatch(BatchCompiler.Message::error);
            check(plain.ok() && checked.ok() == !anyError, failures, () -> "exit status (seed " + seed + "): plain "
                    + plain.ok() + ", with the plugin " + checked.ok() + " with " + (anyError ? "" : "no ") + "errors");
            Map<Integer, Verdict> originals = new LinkedHashMap<>();
            Map<Integer, String> originalFile = new LinkedHashMap<>();
            for (Map.Entry<String, Unit> e : units.entrySet()) {
                String file = e.getKey();
                Unit u = e.getValue();
                List<BatchCompiler.Message> without = plain.of(file);
                List<BatchCompiler.Message> with = checked.of(file);
                String where = "seed " + seed + ", program " + u.index()
                        + (u.variant() == null ? "" : ", rewrite `" + u.rewrite().name() + "`: " + u.variant().description());
                check(without.stream().noneMatch(BatchCompiler.Message::error), failures, () -> "plain javac rejects "
                        + "a generated program (" + where + "):\n" + errors(without) + "\n" + numbered(sources.get(file)));
                check(with.stream().noneMatch(m -> m.text().contains("Fearless: internal error")
                        || m.text().contains("Fearless: cannot")), failures, () -> "the plugin failed internally ("
                        + where + "):\n" + with + "\n" + numbered(sources.get(file)));
                List<BatchCompiler.Message> added = new ArrayList<>(with.stream().filter(BatchCompiler.Message::error)
                        .toList());
                without.stream().filter(BatchCompiler.Message::error).forEach(added::remove);
                check(added.stream().allMatch(Verdict::fearless), failures, () -> "with the plugin, errors that are "
                        + "not findings (" + where + "):\n" + errors(added) + "\n" + numbered(sources.get(file)));
                Verdict verdict = Verdict.of(with);
                if (u.variant() == null) {
                    originals.put(u.index(), verdict);
                    originalFile.put(u.index(), file);
                    findings += verdict.counts().values().stream().mapToInt(Integer::intValue).sum();
                } else {
                    compared++;
                    Verdict original = originals.get(u.index());
                    if (!verdict.equals(original) && failures.size() < REPORTED) {
                        failures.add("the verdict changed under a rewrite (" + where + ")\n--- original verdict:\n"
                                + original + "\n--- verdict after the rewrite:\n" + verdict + "\n--- original:\n"
                                + numbered(sources.get(originalFile.get(u.index()))) + "--- rewritten:\n"
                                + numbered(sources.get(file)) + Reducer.reduce(u.program(), u.rewrite(),
                                rewriteSeed(seed, u.index(), u.rewriteIndex())));
                    }
                }
            }
            if (start == 0) {
                for (int i = 0; i < Math.min(2, programs); i++) {
                    String file = originalFile.get(i);
                    BatchCompiler.Result alone = BatchCompiler.compile(Map.of(file, sources.get(file)), true);
                    Verdict a = Verdict.of(alone.of(file));
                    int index = i;
                    check(a.equals(originals.get(i)), failures, () -> "program " + index + " (seed " + seed
                            + ") alone gets\n" + a + "\nbut in a batch\n" + originals.get(index));
                }
            }
        }
        System.out.printf("differential fuzzing, seed %d: %d programs, %d rewritten copies, %d findings%n", seed,
                programs, compared, findings);
        assertThat(failures).as("differential fuzzing, seed %d, %d programs", seed, programs).isEmpty();
        // The generator must reach the checker: a run in which nothing is ever reported tests nothing.
        assertThat(findings).as("findings on %d programs", programs).isGreaterThan(programs / 4);
        assertThat(compared).as("rewritten copies").isGreaterThan(programs * 3);
    }

    private static void check(boolean ok, List<String> failures, java.util.function.Supplier<String> message) {
        if (!ok && failures.size() < REPORTED) {
            failures.add(message.get());
        }
    }

    private static String errors(List<BatchCompiler.Message> messages) {
        StringBuilder s = new StringBuilder();
        for (BatchCompiler.Message m : messages) {
            if (m.error()) {
                s.append("  line ").append(m.line()).append(": ").append(m.text()).append('\n');
            }
        }
        return s.toString();
    }

    static String numbered(String text) {
        StringBuilder s = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty()) {
                break;
            }
            s.append(String.format("%4d  %s%n", i + 1, lines[i]));
        }
        return s.toString();
    }
}
