package dev.fearless.checker.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * javac's own flags never change what Fearless reports: without line-number debug information javac keeps no
 * line map ({@code -g:none}, which Gradle's {@code options.debug = false} and Ant's {@code debug="false"} pass),
 * and the lines in the messages must still be right; {@code -Werror} and {@code -nowarn} must not hide an error.
 */
class CompilerFlagsTest {
    private static final String RACY = """
            import java.util.ArrayList;
            import java.util.List;

            class Racy {
                void run() {
                    List<String> seen = new ArrayList<>();
                    new Thread(() -> seen.add("worker")).start();
                    seen.add("main");
                }
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"-g:none", "-g:source", "-g:vars", "-g:lines", "-g", "-Werror", "-nowarn", "--release=17"})
    void theSameErrorWhateverTheFlags(String flag, @TempDir Path out) throws Exception {
        assertThat(compile(flag, out)).isEqualTo(compile(null, Files.createDirectories(out.resolve("plain"))))
                .contains("Racy.java:8: error: [F0382] data race: `seen` is used here while the thread started on line 7 may still change it (line 7)")
                .contains("= note: `seen` was moved into the lambda on line 7")
                .doesNotContain("internal error");
    }

    private static String compile(String flag, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///Racy.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public String getName() {
                return "Racy.java";
            }

            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return RACY;
            }
        };
        List<String> options = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
                "-d", out.toString(), "-proc:none", "-Xplugin:Fearless"));
        if (flag != null) {
            options.addAll(List.of(flag.split("=")));
        }
        StringWriter output = new StringWriter();
        boolean ok = javac.getTask(output, null, null, options, null, List.of(source)).call();
        assertThat(ok).isFalse();
        return output.toString().replace(System.lineSeparator(), "\n");
    }
}
