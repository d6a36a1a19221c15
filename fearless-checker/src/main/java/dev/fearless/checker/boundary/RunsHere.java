package dev.fearless.checker.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import dev.fearless.checker.knowledge.JdkMethods;
import dev.fearless.checker.tree.AssignmentScanner;
import dev.fearless.checker.tree.Declarations;
import dev.fearless.checker.tree.TreeShapes;

/**
 * Calls that look like boundaries but run the code they are given on the calling thread, or never:
 * <ul>
 * <li>a {@code new Thread(task)} that is never started: nothing in its scope calls {@code start()} on it or
 * lets it escape (a local used only as the receiver of other {@code Thread} methods, or a thread that is
 * built and dropped); {@code t.run()} runs the task on this thread, as a plain call;</li>
 * <li>{@code execute} on a direct executor, a local or final field initialised with {@code Runnable::run} or
 * {@code r -> r.run()};</li>
 * <li>a non-async stage ({@code thenAccept}, {@code thenApply}, ..) on a chain that starts at
 * {@code CompletableFuture.completedFuture(..)}: a stage on a complete future runs its function at once, on
 * the calling thread.</li>
 * </ul>
 */
final class RunsHere {
    private static final Set<String> COMPLETED = JdkMethods.simple(JdkMethods.Kind.COMPLETED);
    private static final Set<String> SAME_THREAD = JdkMethods.simple(JdkMethods.Kind.SAME_THREAD);

    private final Trees trees;
    private final Types types;
    private final Elements elements;
    private final Declarations declarations;
    private final StoredCode stored;

    RunsHere(Trees trees, Types types, Elements elements, Declarations declarations, StoredCode stored) {
        this.trees = trees;
        this.types = types;
        this.elements = elements;
        this.declarations = declarations;
        this.stored = stored;
    }

    /** Whether the boundary call {@code call} to {@code method} runs its argument on the calling thread. */
    boolean runsOnCaller(TreePath callPath, MethodInvocationTree call, ExecutableElement method) {
        return call != null && (directExecute(callPath, call, method) || stageOfCompleted(callPath, call, method));
    }

    /**
     * The thread {@code newThread} ({@code new Thread(..)}) constructs, if it is never started; empty when it
     * is, may be, or escapes where the checker cannot follow it.
     */
    Optional<Boundary.NotStarted> neverStarted(TreePath newThread) {
        if (!(newThread.getLeaf() instanceof NewClassTree created) || created.getClassBody() != null
                || !(trees.getElement(newThread) instanceof ExecutableElement constructor)
                || !(constructor.getEnclosingElement() instanceof TypeElement threadClass)
                || !threadClass.getQualifiedName().contentEquals("java.lang.Thread")) {
            return Optional.empty();
        }
        TreePath parent = newThread.getParentPath();
        while (parent != null && parent.getLeaf() instanceof ParenthesizedTree) {
            parent = parent.getParentPath();
        }
        if (parent == null) {
            return Optional.empty();
        }
        Tree up = parent.getLeaf();
        if (up instanceof ExpressionStatementTree) {
            return Optional.of(new Boundary.NotStarted(newThread, null, null));
        }
        if (up instanceof MemberSelectTree select && parent.getParentPath() != null
                && parent.getParentPath().getLeaf() instanceof MethodInvocationTree invocation
                && invocation.getMethodSelect() == select) {
            return select.getIdentifier().contentEquals("run") && invocation.getArguments().isEmpty()
                    ? Optional.of(new Boundary.NotStarted(newThread, null, parent.getParentPath()))
                    : Optional.empty();
        }
        if (!(up instanceof VariableTree declared) || declared.getInitializer() == null
                || TreeShapes.strip(declared.getInitializer()) != created
                || !(trees.getElement(parent) instanceof VariableElement variable)
                || variable.getKind() != ElementKind.LOCAL_VARIABLE
                || parent.getParentPath() == null || !(parent.getParentPath().getLeaf() instanceof BlockTree)) {
            return Optional.empty();
        }
        List<TreePath> runs = new ArrayList<>();
        boolean[] escapes = {false};
        new AssignmentScanner() {
            @Override
            protected void assigned(TreePath target, TreePath value) {
                if (variable.equals(trees.getElement(target))) {
                    escapes[0] = true; // another thread in the same variable: not followed
                }
            }

            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                if (variable.equals(trees.getElement(getCurrentPath()))) {
                    TreePath use = getCurrentPath().getParentPath();
                    if (use.getLeaf() instanceof MemberSelectTree select
                            && use.getParentPath().getLeaf() instanceof MethodInvocationTree invocation
                            && invocation.getMethodSelect() == select
                            && !select.getIdentifier().contentEquals("start")) {
                        if (select.getIdentifier().contentEquals("run") && invocation.getArguments().isEmpty()) {
                            runs.add(use.getParentPath());
                        }
                    } else {
                        escapes[0] = true;
                    }
                }
                return super.visitIdentifier(node, unused);
            }
        }.scan(parent.getParentPath(), null);
        if (escapes[0]) {
            return Optional.empty();
        }
        return Optional.of(new Boundary.NotStarted(newThread, variable, runs.isEmpty() ? null : runs.get(0)));
    }

    private boolean directExecute(TreePath callPath, MethodInvocationTree call, ExecutableElement method) {
        if (!method.getSimpleName().contentEquals("execute") || call.getArguments().size() != 1
                || !isA(method.getEnclosingElement().asType(), "java.util.concurrent.Executor")
                || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
            return false;
        }
        ExpressionTree receiver = TreeShapes.strip(select.getExpression());
        TreePath receiverPath = new TreePath(new TreePath(callPath, select), receiver);
        Element executor = trees.getElement(receiverPath);
        if (!(executor instanceof VariableElement v)) {
            return false;
        }
        TreePath code = null;
        if (v.getKind() == ElementKind.LOCAL_VARIABLE) {
            Boundary.Stored s = stored.follow(callPath, receiver);
            code = s == null ? null : s.code();
        } else if (v.getKind() == ElementKind.FIELD && v.getModifiers().contains(Modifier.FINAL)) {
            TreePath declaration = declarations.of(v);
            if (declaration != null && declaration.getLeaf() instanceof VariableTree field
                    && field.getInitializer() != null) {
                code = TreeShapes.strip(new TreePath(declaration, field.getInitializer()));
            }
        }
        return code != null && runsItsArgument(code);
    }

    /** Whether {@code code} is {@code Runnable::run} or {@code r -> r.run()}: an executor that runs the task here. */
    private boolean runsItsArgument(TreePath code) {
        Tree leaf = code.getLeaf();
        if (leaf instanceof MemberReferenceTree reference) {
            return reference.getMode() == MemberReferenceTree.ReferenceMode.INVOKE
                    && reference.getName().contentEquals("run")
                    && trees.getElement(code) instanceof ExecutableElement m && m.getParameters().isEmpty()
                    && isA(m.getEnclosingElement().asType(), "java.lang.Runnable")
                    && reference.getQualifierExpression() != null
                    && trees.getElement(new TreePath(code, reference.getQualifierExpression())) instanceof TypeElement;
        }
        if (!(leaf instanceof LambdaExpressionTree lambda) || lambda.getParameters().size() != 1) {
            return false;
        }
        Tree body = lambda.getBody();
        TreePath bodyPath = new TreePath(code, body);
        if (body instanceof BlockTree block) {
            if (block.getStatements().size() != 1
                    || !(block.getStatements().get(0) instanceof ExpressionStatementTree statement)) {
                return false;
            }
            bodyPath = new TreePath(new TreePath(bodyPath, statement), statement.getExpression());
            body = statement.getExpression();
        }
        if (!(body instanceof MethodInvocationTree run) || !run.getArguments().isEmpty()
                || !(run.getMethodSelect() instanceof MemberSelectTree select)
                || !select.getIdentifier().contentEquals("run")
                || !(TreeShapes.strip(select.getExpression()) instanceof IdentifierTree)) {
            return false;
        }
        Element parameter = trees.getElement(new TreePath(code, lambda.getParameters().get(0)));
        Element target = trees.getElement(new TreePath(new TreePath(bodyPath, select), select.getExpression()));
        return parameter != null && parameter.equals(target);
    }

    private boolean stageOfCompleted(TreePath callPath, MethodInvocationTree call, ExecutableElement method) {
        if (!SAME_THREAD.contains(method.getSimpleName().toString())
                || !isA(method.getEnclosingElement().asType(), "java.util.concurrent.CompletionStage")) {
            return false;
        }
        TreePath at = callPath;
        MethodInvocationTree stage = call;
        while (stage.getMethodSelect() instanceof MemberSelectTree select) {
            TreePath receiver = TreeShapes.strip(new TreePath(new TreePath(at, select), select.getExpression()));
            if (!(receiver.getLeaf() instanceof MethodInvocationTree inner)
                    || !(trees.getElement(receiver) instanceof ExecutableElement m)) {
                return false;
            }
            String name = m.getSimpleName().toString();
            if (!(m.getEnclosingElement() instanceof TypeElement owner)) {
                return false;
            }
            if (COMPLETED.contains(name) && m.getModifiers().contains(Modifier.STATIC)
                    && owner.getQualifiedName().contentEquals("java.util.concurrent.CompletableFuture")) {
                return true;
            }
            if (!SAME_THREAD.contains(name) || !isA(owner.asType(), "java.util.concurrent.CompletionStage")) {
                return false;
            }
            at = receiver;
            stage = inner;
        }
        return false;
    }

    private boolean isA(TypeMirror type, String name) {
        TypeElement target = elements.getTypeElement(name);
        return target != null && types.isSubtype(types.erasure(type), types.erasure(target.asType()));
    }
}
