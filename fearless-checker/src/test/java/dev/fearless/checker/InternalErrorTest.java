package dev.fearless.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;

import dev.fearless.checker.report.Reporter;

/** A failure inside the checker must become one warning naming the file, and javac must finish the compile. */
class InternalErrorTest {
    @Test
    void aCrashingStageBecomesOneWarningAndCompilationSucceeds() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("fearless-crash");
        var source = new SimpleJavaFileObject(URI.create("string:///Boom.java"), SimpleJavaFileObject.Kind.SOURCE) {
            @Override
            public String getName() {
                return "Boom.java";
            }

            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return "class Boom {\n    int x = 1;\n}\n";
            }
        };
        StringWriter output = new StringWriter();
        JavacTask task = (JavacTask) javac.getTask(output, null, null,
                List.of("-d", out.toString(), "-proc:none"), null, List.of(source));
        ClassChecker crashing = new ClassChecker(new Reporter(Trees.instance(task)), path -> {
            throw new IllegalStateException("boom");
        });
        task.addTaskListener(new TaskListener() {
            @Override
            public void finished(TaskEvent e) {
                if (e.getKind() == TaskEvent.Kind.ANALYZE) {
                    crashing.check(Trees.instance(task).getPath(e.getTypeElement()));
                }
            }
        });
        boolean ok = task.call();
        assertThat(ok).isTrue();
        assertThat(Files.exists(out.resolve("Boom.class"))).isTrue();
        assertThat(output.toString().replace(System.lineSeparator(), "\n")).isEqualTo("""
                Boom.java:1: warning: Fearless: internal error while checking Boom.java: \
                java.lang.IllegalStateException: boom; please report
                class Boom {
                ^
                1 warning
                """);
    }
}
