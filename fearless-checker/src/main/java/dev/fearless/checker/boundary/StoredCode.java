package dev.fearless.checker.boundary;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

import dev.fearless.checker.tree.AssignmentScanner;
import dev.fearless.checker.tree.Declarations;
import dev.fearless.checker.tree.TreeShapes;

/**
 * Follows a boundary argument back to the code it holds: a local ({@code Runnable task = () -> results.add(x);
 * pool.submit(task);}), a field ({@code private final Runnable flush = () -> seen.add(..); .. pool.submit(flush);})
 * or a method that returns code ({@code pool.submit(adder(out, s))} where {@code adder} returns
 * {@code () -> out.add(s)}) hands that code itself to the pool.
 *
 * <p>Followed: an effectively final local of the same method (or initializer) whose initializer is a lambda,
 * method reference, anonymous class, or task object of a class with source here ({@code new Task()}); a field
 * that is final, or private and never assigned after its declaration, whose initializer (or, with none, every
 * assignment in the class) is such code, declared in the same file; a call of a method in the same file every
 * {@code return} of which returns code written in place. Anything else (a parameter, a local assigned again, a
 * field assigned other values, a value made elsewhere) stays a plain value, as before.
 */
final class StoredCode {
    private final Trees trees;
    private final Declarations declarations;
    /** Per method: the code every one of its returns returns, or an empty list when some return returns other. */
    private final Map<ExecutableElement, java.util.List<TreePath>> returned = new HashMap<>();
    /** Per body (of the class being searched): its locals' declarations and the locals assigned after them. */
    private final Map<Tree, Locals> bodies = new IdentityHashMap<>();

    private record Locals(Map<Element, TreePath> declarations, Set<Element> reassigned) {
    }

    StoredCode(Trees trees, Declarations declarations) {
        this.trees = trees;
        this.declarations = declarations;
    }

    /** Forgets the bodies of the previous class. */
    void startClass() {
        bodies.clear();
    }

    /** The code stored in the local that {@code argument} (under {@code call}) names, or {@code null}. */
    Boundary.Stored follow(TreePath call, ExpressionTree argument) {
        TreePath reference = TreeShapes.strip(new TreePath(call, argument));
        if (reference.getLeaf() instanceof MethodInvocationTree) {
            return returnedBy(reference);
        }
        if (!(reference.getLeaf() instanceof IdentifierTree || reference.getLeaf() instanceof MemberSelectTree)
                || !(trees.getElement(reference) instanceof VariableElement v)) {
            return null;
        }
        if (v.getKind() == ElementKind.FIELD) {
            return reference.getLeaf() instanceof IdentifierTree || ownOrStatic((MemberSelectTree) reference.getLeaf(),
                    reference) ? field(v, call, reference) : null;
        }
        if (v.getKind() != ElementKind.LOCAL_VARIABLE || !(reference.getLeaf() instanceof IdentifierTree)) {
            return null;
        }
        TreePath root = TreeShapes.bodyRoot(call);
        if (root == null) {
            return null;
        }
        Locals locals = bodies.computeIfAbsent(root.getLeaf(), k -> index(root));
        TreePath declaration = locals.declarations().get(v);
        if (declaration == null || locals.reassigned().contains(v)) {
            return null;
        }
        VariableTree declared = (VariableTree) declaration.getLeaf();
        if (declared.getInitializer() == null) {
            return null;
        }
        TreePath code = TreeShapes.strip(new TreePath(declaration, declared.getInitializer()));
        Tree leaf = code.getLeaf();
        if (leaf instanceof MethodInvocationTree) {
            return returnedBy(code); // Runnable task = adder(out, s); pool.submit(task);
        }
        if (!(TreeShapes.isCodeInPlace(leaf) || taskObject(code)) || TreeShapes.within(call, leaf)) {
            return null; // a lambda that hands itself out again (recursion through a field) is not followed
        }
        return new Boundary.Stored(v, code, reference, null);
    }

    /** {@code this.flush}, {@code Outer.this.flush} or {@code Tasks.FLUSH}: not a field of some other object. */
    private boolean ownOrStatic(MemberSelectTree select, TreePath reference) {
        ExpressionTree qualifier = select.getExpression();
        if (qualifier instanceof IdentifierTree id && id.getName().contentEquals("this")
                || qualifier instanceof MemberSelectTree s && s.getIdentifier().contentEquals("this")) {
            return true;
        }
        Element e = trees.getElement(new TreePath(reference, qualifier));
        return e != null && (e.getKind().isClass() || e.getKind().isInterface());
    }

    /**
     * The code a field holds: a final field, or a private one never assigned after its declaration, of a class in
     * the same file, initialised with code; a final field without an initializer whose every assignment (in the
     * constructors) is code holds the first.
     */
    private Boundary.Stored field(VariableElement field, TreePath call, TreePath reference) {
        java.util.Set<Modifier> modifiers = field.getModifiers();
        TreePath declaration = declarations.of(field);
        if (declaration == null || declaration.getCompilationUnit() != call.getCompilationUnit()
                || !(declaration.getLeaf() instanceof VariableTree declared)) {
            return null;
        }
        java.util.List<TreePath> assigned = declarations.assignedValues(field);
        if (assigned == null) {
            return null;
        }
        TreePath code;
        if (declared.getInitializer() != null) {
            if (!modifiers.contains(Modifier.FINAL) && !(modifiers.contains(Modifier.PRIVATE) && assigned.isEmpty())) {
                return null;
            }
            code = TreeShapes.strip(new TreePath(declaration, declared.getInitializer()));
        } else {
            if (!modifiers.contains(Modifier.FINAL) || assigned.isEmpty()) {
                return null;
            }
            for (TreePath value : assigned) {
                if (value == null || !TreeShapes.isCodeInPlace(TreeShapes.strip(value).getLeaf())) {
                    return null;
                }
            }
            code = TreeShapes.strip(assigned.get(0));
        }
        if (!(TreeShapes.isCodeInPlace(code.getLeaf()) || taskObject(code)) || TreeShapes.within(call, code.getLeaf())) {
            return null;
        }
        return new Boundary.Stored(field, code, reference, null, null, Boundary.From.FIELD);
    }

    /**
     * The code a call returns: a method of the same file (not overridable from elsewhere: static, private or
     * final, or of a final class) every {@code return} of which returns a lambda, method reference or anonymous
     * class; the first is the code, read where it is written.
     */
    private Boundary.Stored returnedBy(TreePath call) {
        if (!(trees.getElement(call) instanceof ExecutableElement method) || method.getKind() != ElementKind.METHOD) {
            return null;
        }
        java.util.List<TreePath> codes = returned.computeIfAbsent(method, this::returnedCode);
        if (codes.isEmpty() || codes.get(0).getCompilationUnit() != call.getCompilationUnit()
                || TreeShapes.within(call, codes.get(0).getLeaf())) {
            return null;
        }
        return new Boundary.Stored(null, codes.get(0), call, null, null, Boundary.From.RETURNED);
    }

    /** What {@link #returnedBy} follows for {@code method}: the code its returns return, or an empty list. */
    private java.util.List<TreePath> returnedCode(ExecutableElement method) {
        boolean fixed = method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE)
                || method.getModifiers().contains(Modifier.FINAL)
                || method.getEnclosingElement().getModifiers().contains(Modifier.FINAL);
        TreePath declaration = declarations.of(method);
        if (!fixed || declaration == null || !(declaration.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
            return java.util.List.of();
        }
        java.util.List<TreePath> out = new java.util.ArrayList<>();
        boolean[] other = new boolean[1];
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitReturn(ReturnTree node, Void unused) {
                TreePath value = node.getExpression() == null ? null
                        : TreeShapes.strip(new TreePath(getCurrentPath(), node.getExpression()));
                if (value != null && TreeShapes.isCodeInPlace(value.getLeaf())) {
                    out.add(value);
                } else {
                    other[0] = true;
                }
                return null;
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null; // its returns are its own
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }
        }.scan(new TreePath(declaration, tree.getBody()), null);
        return other[0] ? java.util.List.of() : java.util.List.copyOf(out);
    }

    /**
     * Whether {@code code} makes a task object of a class whose source is in the compilation ({@code new Task()} of
     * a local class, {@code new Job(batch)} of a named one): the checker reads such an object's code where it is
     * handed over directly, so it follows it through a local too.
     */
    private boolean taskObject(TreePath code) {
        return code.getLeaf() instanceof NewClassTree n && n.getClassBody() == null
                && trees.getElement(code) instanceof ExecutableElement constructor && trees.getPath(constructor) != null;
    }

    /** One scan of a body: where each local is declared, and which are assigned again. */
    private Locals index(TreePath root) {
        Map<Element, TreePath> declarations = new HashMap<>();
        Set<Element> reassigned = new HashSet<>();
        new AssignmentScanner() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e != null) {
                    declarations.put(e, getCurrentPath());
                }
                return super.visitVariable(node, unused);
            }

            @Override
            protected void assigned(TreePath target, TreePath value) {
                if (target.getLeaf() instanceof IdentifierTree) {
                    Element e = trees.getElement(target);
                    if (e != null) {
                        reassigned.add(e);
                    }
                }
            }
        }.scan(root, null);
        return new Locals(declarations, reassigned);
    }
}
