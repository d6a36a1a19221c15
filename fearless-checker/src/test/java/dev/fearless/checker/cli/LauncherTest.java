package dev.fearless.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code fearless} script (src/main/bin, copied beside the jar by the build, the jar's name filled in)
 * runs {@code java -jar} on the jar beside it, also when called through a symbolic link. The jar here is
 * made from the compiled classes, as the build makes it.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
    @TempDir
    static Path dist;

    @BeforeAll
    static void layOutScriptAndJar() throws IOException {
        String script = Files.readString(Path.of("src/main/bin/fearless"), StandardCharsets.UTF_8);
        assertThat(script).contains("@project.build.finalName@.jar");
        Path launcher = dist.resolve("fearless");
        Files.writeString(launcher, script.replace("@project.build.finalName@", "fearless-checker-test"));
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        Path classes = Path.of("target/classes");
        try (OutputStream file = Files.newOutputStream(dist.resolve("fearless-checker-test.jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(p));
                jar.closeEntry();
            }
        }
    }

    private static Result launch(Path script, Path workingDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("FEARLESS_JAVA_OPTS");
        Process p = pb.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }

    private record Result(int status, String output) {
    }

    @Test
    void versionAndExplainThroughTheScript() throws Exception {
        Result version = launch(dist.resolve("fearless"), dist, "--version");
        assertThat(version.status()).isZero();
        assertThat(version.output()).startsWith("fearless " + ToolInfo.load().version() + " (javac ");
        Result explain = launch(dist.resolve("fearless"), dist, "explain", "F0382");
        assertThat(explain.status()).isZero();
        assertThat(explain.output()).startsWith("F0382: ");
    }

    @Test
    void checksThroughASymbolicLinkWithThePluginFromTheJar(@TempDir Path work) throws Exception {
        Path link = work.resolve("bin/fearless");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, dist.resolve("fearless"));
        Files.writeString(work.resolve("Clean.java"), "class Clean { void run() { String s = \"a\"; "
                + "new Thread(() -> s.length()).start(); } }\n");
        Files.writeString(work.resolve("Broken.java"), "class Broken { Missing m; }\n");
        Result clean = launch(link, work, "check", "Clean.java");
        assertThat(clean.output()).isEqualTo("checked 1 file: no errors\n");
        assertThat(clean.status()).isZero();
        Result broken = launch(link, work, "check", ".");
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.output()).startsWith("error: cannot find symbol\n --> ./Broken.java:1:16\n")
                .doesNotContain("\u001b[").endsWith("checked 2 files: 1 error in 1 file\n");
        Result usage = launch(link, work, "check", "--frobnicate");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.output()).isEqualTo("fearless: unknown option `--frobnicate` (try --help)\n");
    }
}
