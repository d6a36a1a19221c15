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
import dev.fearless.checker.tree.SourceLines;

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
        ClassChecker crashing = new ClassChecker(new Reporter(Trees.instance(task), new SourceLines(Trees.instance(task))), path -> {
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
                Boom.java:1: warning: Fearless: internal error while checking Boom.java, this class (not checked): \
                java.lang.IllegalStateException: boom; please report
                class Boom {
                ^
                1 warning
                """);
    }

    /** One boundary whose check fails is skipped with a warning naming it; the class's other errors are kept. */
    @Test
    void aFailureInOneBoundaryKeepsTheErrorsOfTheOthers() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("fearless-crash");
        var source = new SimpleJavaFileObject(URI.create("string:///Two.java"), SimpleJavaFileObject.Kind.SOURCE) {
            @Override
            public String getName() {
                return "Two.java";
            }

            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return """
                        import java.util.*;
                        class Two {
                            void a() {
                                List<String> xs = new ArrayList<>();
                                new Thread(() -> xs.add("a")).start();
                                xs.add("b");
                            }
                            void b() {
                                List<String> ys = new ArrayList<>();
                                new Thread(() -> ys.add("a")).start();
                                ys.add("b");
                            }
                        }
                        """;
            }
        };
        StringWriter output = new StringWriter();
        JavacTask task = (JavacTask) javac.getTask(output, null, null,
                List.of("-d", out.toString(), "-proc:none"), null, List.of(source));
        Trees trees = Trees.instance(task);
        ClassChecker checker = ClassChecker.create(task, CheckerOptions.parse(), boundary -> {
            if (trees.getSourcePositions().getStartPosition(boundary.call().getCompilationUnit(),
                    boundary.call().getLeaf()) < 150) {
                throw new IllegalStateException("boom");
            }
        });
        task.addTaskListener(new TaskListener() {
            @Override
            public void finished(TaskEvent e) {
                if (e.getKind() == TaskEvent.Kind.ANALYZE) {
                    checker.check(trees.getPath(e.getTypeElement()));
                }
            }
        });
        assertThat(task.call()).isFalse();
        String text = output.toString().replace(System.lineSeparator(), "\n");
        assertThat(text).contains("Two.java:5: warning: Fearless: internal error while checking Two.java, "
                + "the code handed to `new Thread` on line 5 (not checked): java.lang.IllegalStateException: boom")
                .contains("Two.java:11: error: [F0382] data race: `ys` is used here while the thread started on line 10 may still change it (line 10)")
                .doesNotContain("Two.java:6: error").endsWith("1 error\n1 warning\n");
    }
}
