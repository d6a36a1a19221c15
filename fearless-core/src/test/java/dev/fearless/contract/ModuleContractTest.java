package dev.fearless.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** API.md: one JPMS module, {@code dev.fearless}, with no dependencies, usable from the module path. */
class ModuleContractTest {

    @Test
    void theModuleExportsExactlyTheFivePublicPackagesAndRequiresNothing() {
        ModuleDescriptor d = ExportedApi.descriptor();
        assertThat(d.name()).isEqualTo("dev.fearless");
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).as("%s", e).isFalse());
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("dev.fearless.marker", "dev.fearless.rc", "dev.fearless.sync",
                        "dev.fearless.sync.mpsc", "dev.fearless.thread");
        assertThat(d.opens()).isEmpty();
        assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .isEqualTo(Set.of("java.base"));
    }

    private static final String MAIN = """
            package contract.demo;

            import dev.fearless.marker.NotSendException;
            import dev.fearless.rc.Rc;
            import dev.fearless.sync.Arc;
            import dev.fearless.sync.Mutex;
            import dev.fearless.sync.MutexGuard;
            import dev.fearless.sync.mpsc.Channel;
            import dev.fearless.sync.mpsc.Receiver;
            import dev.fearless.sync.mpsc.Sender;
            import dev.fearless.thread.JoinHandle;
            import dev.fearless.thread.Threads;
            import java.util.ArrayList;
            import java.util.List;

            public class Main {
                public static void main(String[] args) {
                    Arc<Mutex<Integer>> counter = Arc.of(Mutex.of(0));
                    List<JoinHandle<Void>> handles = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        Arc<Mutex<Integer>> mine = counter.clone();
                        Runnable body = () -> {
                            try (mine; MutexGuard<Integer> g = mine.get().lock()) {
                                g.update(v -> v + 1);
                            }
                        };
                        handles.add(Threads.spawn(body));
                    }
                    handles.forEach(JoinHandle::join);
                    int count = counter.get().withLock(MutexGuard::get);
                    counter.close();

                    Channel<String> ch = Channel.unbounded();
                    Sender<String> tx = ch.sender();
                    Receiver<String> rx = ch.receiver();
                    Threads.spawn(() -> {
                        tx.send("hi");
                        tx.close();
                    });
                    StringBuilder got = new StringBuilder();
                    for (String s : rx) {
                        got.append(s);
                    }
                    rx.close();

                    Rc<Mutex<Integer>> rc = Rc.of(Mutex.of(1));
                    String message = Threads.spawn(() -> {
                        try {
                            rc.get();
                            return "no error";
                        } catch (NotSendException e) {
                            return e.getMessage();
                        }
                    }).join();
                    rc.close();

                    Module runtime = Arc.class.getModule();
                    System.out.println("count=" + count + " got=" + got + " named=" + runtime.isNamed()
                            + " name=" + runtime.getName()
                            + " internalExported=" + runtime.isExported("dev.fearless.internal"));
                    System.out.println("message=" + message);
                }
            }
            """;

    @Test
    @Timeout(60)
    void aProgramOnTheModulePathUsesTheApi(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src");
        Path out = tmp.resolve("out");
        write(src.resolve("module-info.java"), "module contract.demo { requires dev.fearless; }\n");
        write(src.resolve("contract/demo/Main.java"), MAIN);
        String runtime = ExportedApi.location().toString();
        CompileResult compiled = compile(runtime, out, src);
        assertThat(compiled.ok).as(compiled.output).isTrue();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "--module-path", runtime + File.pathSeparator + out, "-m", "contract.demo/contract.demo.Main")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("count=4 got=hi named=true name=dev.fearless internalExported=false");
        assertThat(output).contains("message=`Rc<Mutex<Integer>>` cannot be sent between threads safely");
    }

    @Test
    @Timeout(60)
    void aModuleCannotReachTheRuntimesInternalPackage(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src");
        write(src.resolve("module-info.java"), "module contract.peek { requires dev.fearless; }\n");
        write(src.resolve("contract/peek/Peek.java"), """
                package contract.peek;
                public class Peek {
                    Object name = dev.fearless.internal.RuntimeTypeName.class;
                }
                """);
        CompileResult compiled = compile(ExportedApi.location().toString(), tmp.resolve("out"), src);
        assertThat(compiled.ok).isFalse();
        assertThat(compiled.output).contains("dev.fearless.internal").contains("not visible");
    }

    private record CompileResult(boolean ok, String output) {
    }

    private static CompileResult compile(String modulePath, Path out, Path src) throws IOException {
        // java.util.spi.ToolProvider rather than javax.tools: it lives in java.base, which every module reads
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError("no javac"));
        List<String> options = new java.util.ArrayList<>(List.of("--release", "17", "--module-path", modulePath,
                "-d", out.toString(), "-proc:none"));
        try (var files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(options::add);
        }
        StringWriter diagnostics = new StringWriter();
        PrintWriter writer = new PrintWriter(diagnostics);
        int rc = javac.run(writer, writer, options.toArray(String[]::new));
        writer.flush();
        return new CompileResult(rc == 0, diagnostics.toString());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
