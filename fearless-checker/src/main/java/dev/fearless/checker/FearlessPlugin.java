package dev.fearless.checker;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import dev.fearless.checker.report.DiagnosticSink;

/**
 * The {@code -Xplugin:Fearless} entry point: checks that no value crosses to another thread unless its type
 * is Send (or Sync where it is shared), in every top-level class of the compilation, when javac has analysed
 * the first one (before it translates any).
 *
 * <p>Options follow the name in the same argument: {@code -Xplugin:Fearless strict table=FILE}.
 * <ul>
 *   <li>{@code strict}: a captured value of a type the checker knows nothing about is an error.</li>
 *   <li>{@code table=FILE}: extra rows for the type table (format in {@code jdk-types.table}).</li>
 * </ul>
 *
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
        // Every compilation unit javac has entered, in order. javac translates each class (lambdas into methods,
        // generics erased) right after analysing it, before it analyses the next one: a class checked at its
        // own turn would see the classes before it only in translated form, and a summary of their methods
        // would miss what those methods do. So the first analysed class starts the check of all of them, while
        // none is translated yet; a class that javac does not attribute until then is attributed on demand
        // through Trees, as for any tool that reads another class's body.
        Set<CompilationUnitTree> entered = Collections.newSetFromMap(new java.util.LinkedHashMap<>());
        task.addTaskListener(new TaskListener() {
            private boolean started;

            @Override
            public void finished(TaskEvent event) {
                if (event.getKind() == TaskEvent.Kind.ENTER && event.getCompilationUnit() != null) {
                    entered.add(event.getCompilationUnit());
                    return;
                }
                if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
                    return;
                }
                if (!started) {
                    started = true;
                    checkEntered();
                }
                TypeElement top = outermost(event.getTypeElement());
                if (!done.add(top)) {
                    return;
                }
                TreePath path = trees.getPath(top);
                if (path != null) {
                    checker.check(path); // a class entered later (found on the source path while attributing)
                }
            }

            private void checkEntered() {
                for (CompilationUnitTree unit : entered) {
                    TreePath unitPath = new TreePath(unit);
                    for (Tree decl : unit.getTypeDecls()) {
                        if (!(decl instanceof ClassTree)) {
                            continue;
                        }
                        TreePath path = new TreePath(unitPath, decl);
                        if (trees.getElement(path) instanceof TypeElement top && done.add(top)) {
                            attribute(trees, path);
                            checker.check(path);
                        }
                    }
                }
                entered.clear();
            }
        });
    }

    /**
     * Has javac attribute the class at {@code classPath} now if it has not yet: asking {@link Trees} for the
     * element of a tree that has none yet attributes its class (the body of its first method or initializer).
     */
    private static void attribute(Trees trees, TreePath classPath) {
        ClassTree type = (ClassTree) classPath.getLeaf();
        for (Tree member : type.getMembers()) {
            Tree body = member instanceof MethodTree m ? m.getBody()
                    : member instanceof VariableTree v ? v.getInitializer()
                    : member instanceof BlockTree b ? b : null;
            if (body != null) {
                trees.getElement(new TreePath(classPath, body));
                return;
            }
        }
    }

    private static TypeElement outermost(TypeElement type) {
        TypeElement top = type;
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement t; e = t.getEnclosingElement()) {
            top = t;
        }
        return top;
    }
}
