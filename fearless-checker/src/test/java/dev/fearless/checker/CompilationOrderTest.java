package dev.fearless.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * javac translates each class (lambdas into methods, generics erased) right after analysing it, before it
 * analyses the next one. What the checker finds must not depend on the order of the files on javac's command
 * line: a helper class listed before the class that calls it is read as written, not in translated form.
 */
class CompilationOrderTest {
    /** Static helpers that change what they are handed; one does it inside a lambda it runs itself. */
    private static final String METRICS = """
            package shop;

            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;
            import java.util.function.Consumer;

            final class Metrics {
                private Metrics() {
                }

                static void count(Map<String, Integer> counts, String key) {
                    counts.merge(key, 1, Integer::sum);
                }

                static void audit(List<String> log, String line) {
                    Consumer<String> add = s -> log.add(s);
                    add.accept(line);
                }

                static List<String> sorted(List<String> in) {
                    List<String> copy = new ArrayList<>(in);
                    copy.sort(null);
                    return copy;
                }
            }
            """;

    /** A task class whose run method adds to the list it was constructed with. */
    private static final String FLUSH_JOB = """
            package shop;

            import java.util.List;

            final class FlushJob implements Runnable {
                private final List<String> pending;

                FlushJob(List<String> pending) {
                    this.pending = pending;
                }

                @Override
                public void run() {
                    pending.forEach(p -> System.out.println(p));
                    pending.add("flushed");
                }
            }
            """;

    /** The service: each call hands shared state to a helper, the pool runs the helpers while it goes on. */
    private static final String ORDER_SERVICE = """
            package shop;

            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.ExecutorService;

            final class OrderService {
                void importOrders(ExecutorService pool, List<String> skus) {
                    Map<String, Integer> counts = new HashMap<>();
                    for (String sku : skus) {
                        pool.submit(() -> Metrics.count(counts, sku));
                    }
                    System.out.println(counts.size());
                }

                void auditAll(ExecutorService pool) {
                    List<String> log = new ArrayList<>();
                    pool.execute(() -> Metrics.audit(log, "start"));
                    log.add("queued");
                }

                void flush(ExecutorService pool) {
                    List<String> pending = new ArrayList<>();
                    pending.add("a");
                    pool.execute(new FlushJob(pending));
                    pending.clear();
                }

                void report(ExecutorService pool, List<String> names) {
                    List<String> mine = new ArrayList<>(names);
                    pool.submit(() -> Metrics.sorted(mine));
                    System.out.println(mine);
                }
            }
            """;

    @Test
    void helpersListedFirstAreFollowedAsWhenListedLast() throws Exception {
        String last = compile(List.of(src("OrderService.java", ORDER_SERVICE), src("Metrics.java", METRICS),
                src("FlushJob.java", FLUSH_JOB)));
        String first = compile(List.of(src("Metrics.java", METRICS), src("FlushJob.java", FLUSH_JOB),
                src("OrderService.java", ORDER_SERVICE)));

        assertThat(errorLines(last)).containsExactly(
                "OrderService.java:13: error: [F0382]",  // every task of the loop merges into one HashMap
                "OrderService.java:21: error: [F0382]",  // log changed while audit's lambda adds to it
                "OrderService.java:28: error: [F0382]"); // pending cleared while FlushJob adds to it
        assertThat(first).isEqualTo(last);
    }

    @Test
    void aHelperClassBeforeItsCallerInOneFileIsFollowed() throws Exception {
        String helperFirst = """
                import java.util.ArrayList;
                import java.util.List;
                import java.util.concurrent.ExecutorService;

                class Buffers {
                    static void fill(List<Integer> into, int n) {
                        Runnable r = () -> {
                            for (int i = 0; i < n; i++) {
                                into.add(i);
                            }
                        };
                        r.run();
                    }
                }

                class Loader {
                    void load(ExecutorService pool) {
                        List<Integer> data = new ArrayList<>();
                        pool.submit(() -> Buffers.fill(data, 10));
                        data.add(-1);
                    }
                }
                """;
        String out = compile(List.of(src("Loader.java", helperFirst)));
        assertThat(errorLines(out)).containsExactly("Loader.java:20: error: [F0382]");
        assertThat(out).contains("changed here, on the other thread");
    }

    @Test
    void aBuildThatStopsAtTheFirstErrorStillGetsEveryClassChecked() throws Exception {
        List<SnippetCompiler.Source> units = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            units.add(src("Worker" + n + ".java", """
                    import java.util.ArrayList;
                    import java.util.List;

                    class Worker%d {
                        void run() throws InterruptedException {
                            List<Integer> done = new ArrayList<>();
                            Thread t = new Thread(() -> done.add(1));
                            t.start();
                            done.add(2);%s
                            t.join();
                        }
                    }
                    """.formatted(n, n == 2 ? " int wrong = \"2\";" : "")));
        }
        String out = compile(units, "-XDshould-stop.ifError=ATTR");
        assertThat(errorLines(out)).containsExactly("Worker1.java:9: error: [F0382]",
                "Worker2.java:9: error: [F0382]", "Worker3.java:9: error: [F0382]");
        assertThat(out).contains("Worker2.java:9: error: incompatible types").endsWith("4 errors\n");
    }

    private static List<String> errorLines(String output) {
        List<String> out = new ArrayList<>();
        for (String line : output.split("\n")) {
            int code = line.indexOf(": error: [F");
            if (code > 0) {
                out.add(line.substring(0, code + ": error: [F0000]".length()));
            }
        }
        return out;
    }

    private static SnippetCompiler.Source src(String name, String text) {
        return new SnippetCompiler.Source(name, text);
    }

    private static String compile(List<SnippetCompiler.Source> units, String... extra) throws Exception {
        return SnippetCompiler.compile("", List.of(extra), units.toArray(new SnippetCompiler.Source[0]));
    }
}
