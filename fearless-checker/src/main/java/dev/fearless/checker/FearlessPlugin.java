package dev.fearless.checker;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import dev.fearless.checker.report.DiagnosticSink;

/**
 * The {@code -Xplugin:Fearless} entry point: after javac has analysed each top-level class, checks that
 * no value crosses to another thread unless its type is Send (or Sync where it is shared).
 *
 * <p>Options follow the name in the same argument: {@code -Xplugin:Fearless strict table=FILE}.
 * <ul>
 *   <li>{@code strict}: a captured value of a type the checker knows nothing about is an error.</li>
 *   <li>{@code table=FILE}: extra rows for the type table (format in {@code jdk-types.table}).</li>
 * </ul>
 *
 * <p>javac stops analysing further classes once there are errors: to see every error in one build, add
 * {@code -XDshould-stop.ifError=FLOW} to the compiler arguments.
 */
public final class FearlessPlugin implements Plugin {
    @Override
    public String getName() {
        return "Fearless";
    }

    @Override
    public void init(JavacTask task, String... args) {
        init(task, null, args);
    }

    /**
     * For a tool that runs javac itself: sets the checker up on {@code task} as {@code -Xplugin:Fearless ARGS}
     * would, and hands each diagnostic it reports to {@code sink} too, with its labels as exact spans. Call it
     * before the task runs, without {@code -Xplugin:Fearless} among the task's options. Each task has its own
     * sink: tasks that run at once in one JVM do not share one.
     */
    public void init(JavacTask task, DiagnosticSink sink, String... args) {
        Trees trees = Trees.instance(task);
        ClassChecker checker;
        try {
            checker = ClassChecker.reportingTo(task, CheckerOptions.parse(args), sink);
        } catch (RuntimeException | LinkageError e) {
            // A bad option or table file: one error in the build's output, not a javac stack trace.
            String message = e.getMessage() != null && e.getMessage().startsWith("Fearless:")
                    ? e.getMessage() : "Fearless: cannot start: " + e;
            task.addTaskListener(new TaskListener() {
                private boolean told;

                @Override
                public void finished(TaskEvent event) {
                    if (!told && event.getKind() == TaskEvent.Kind.PARSE && event.getCompilationUnit() != null) {
                        told = true;
                        trees.printMessage(Diagnostic.Kind.ERROR, message, event.getCompilationUnit(),
                                event.getCompilationUnit());
                    }
                }
            });
            return;
        }
        Set<TypeElement> done = Collections.newSetFromMap(new IdentityHashMap<>());
        task.addTaskListener(new TaskListener() {
            @Override
            public void finished(TaskEvent event) {
                if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
                    return;
                }
                TypeElement top = outermost(event.getTypeElement());
                if (!done.add(top)) {
                    return;
                }
                TreePath path = trees.getPath(top);
                if (path != null) {
                    checker.check(path);
                }
            }
        });
    }

    private static TypeElement outermost(TypeElement type) {
        TypeElement top = type;
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement t; e = t.getEnclosingElement()) {
            top = t;
        }
        return top;
    }
}
