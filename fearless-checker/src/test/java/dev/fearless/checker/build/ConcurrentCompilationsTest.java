package dev.fearless.checker.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.checker.FearlessPlugin;

/**
 * Build tools run many javac tasks at once in one JVM (Maven's in-process compiler with {@code -T}, Gradle's
 * compiler daemon), each loading the plugin jar from its processor path with its own class loader, and each
 * closing that loader when it ends. Every one of them must start the plugin and report its errors.
 *
 * <p>The compilations run in a separate JVM whose class path holds only a small driver, so that the plugin is
 * loaded from a jar through javac's processor-path loader, as in a real build (on the test class path it would
 * come from a directory).
 */
class ConcurrentCompilationsTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 25;

    private static final String DRIVER = """
            import java.io.StringWriter;
            import java.net.URI;
            import java.nio.file.Files;
            import java.util.List;
            import java.util.concurrent.atomic.AtomicInteger;
            import javax.tools.*;

            public class Driver {
                public static void main(String[] args) throws Exception {
                    String jar = args[0];
                    int threads = Integer.parseInt(args[1]);
                    int each = Integer.parseInt(args[2]);
                    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                    AtomicInteger wrong = new AtomicInteger();
                    Thread[] workers = new Thread[threads];
                    for (int t = 0; t < threads; t++) {
                        workers[t] = new Thread(() -> {
                            for (int i = 0; i < each; i++) {
                                try {
                                    var out = Files.createTempDirectory("fearless-cc");
                                    var src = new SimpleJavaFileObject(URI.create("string:///Racy.java"),
                                            JavaFileObject.Kind.SOURCE) {
                                        @Override
                                        public CharSequence getCharContent(boolean ignore) {
                                            return "import java.util.*;\\n"
                                                 + "class Racy { void run() throws Exception {\\n"
                                                 + "  List<String> seen = new ArrayList<>();\\n"
                                                 + "  new Thread(() -> seen.add(\\"x\\")).start();\\n"
                                                 + "  seen.add(\\"y\\");\\n"
                                                 + "} }\\n";
                                        }
                                    };
                                    StringWriter log = new StringWriter();
                                    boolean ok = javac.getTask(log, null, null, List.of("-d", out.toString(),
                                            "-processorpath", jar, "-Xplugin:Fearless"), null, List.of(src)).call();
                                    String text = log.toString();
                                    if (ok || !text.contains("[F0382]") || text.contains("Fearless: cannot start")
                                            || text.contains("internal error")) {
                                        wrong.incrementAndGet();
                                        System.out.println("WRONG: " + text.replace('\\n', ' '));
                                    }
                                } catch (Exception e) {
                                    wrong.incrementAndGet();
                                    System.out.println("WRONG: " + e);
                                }
                            }
                        });
                        workers[t].start();
                    }
                    for (Thread w : workers) {
                        w.join();
                    }
                    System.out.println("wrong " + wrong.get() + " of " + (threads * each));
                }
            }
            """;

    @Test
    void manyCompilationsAtOnceInOneJvmAllReportTheirErrors(@TempDir Path dir) throws Exception {
        Path jar = pluginJar(dir);
        Path driverDir = Files.createDirectories(dir.resolve("driver"));
        Files.writeString(driverDir.resolve("Driver.java"), DRIVER, StandardCharsets.UTF_8);
        Path javaHome = Path.of(System.getProperty("java.home"));
        run(List.of(javaHome.resolve("bin/javac").toString(), "-d", driverDir.toString(),
                driverDir.resolve("Driver.java").toString()));
        String output = run(List.of(javaHome.resolve("bin/java").toString(), "-cp", driverDir.toString(), "Driver",
                jar.toString(), Integer.toString(THREADS), Integer.toString(PER_THREAD)));
        assertThat(output).endsWith("wrong 0 of " + (THREADS * PER_THREAD) + "\n");
    }

    /** The plugin as a jar: as built, or made here from the classes directory the tests run against. */
    private static Path pluginJar(Path dir) throws Exception {
        Path location = Path.of(FearlessPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(location)) {
            return location;
        }
        Path jar = dir.resolve("fearless-checker.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(location)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(location.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.replace(System.lineSeparator(), "\n");
    }
}
