package dev.fearless.checker.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import dev.fearless.checker.tree.Declarations;
import dev.fearless.checker.tree.TreeShapes;

/**
 * What a method whose source is in the compilation touches when it runs: the fields it reaches through
 * {@code this} (its own object) or statically, and where it uses each of its parameters, including through the
 * methods it calls on its own object, static methods and the methods it hands a parameter to. Task code is
 * judged by what it reaches, not only by its own text: {@code pool.submit(() -> record(item))} touches what
 * {@code record} touches.
 *
 * <p>Implementation notes: a summary is computed on first demand and memoised for the compilation, so each
 * method's body is read once. A call to a method of the same object is followed into the declared method's
 * body (an override in a subclass is not looked for). Recursion is cut: a method reached again while its
 * summary is being computed contributes nothing further, and calls are followed {@value #MAX_DEPTH} levels
 * deep at most; a summary computed under such a cut may miss effects (the checker then says less, never
 * more). Code in classes declared
 * inside a method (anonymous or local) is not part of the method's effects: it runs when its object's methods
 * are called. Methods without source (libraries, the JDK) have no summary here: the JDK's effects come from the
 * type table's mutators.
 */
public final class MethodSummaries {
    /** How many calls deep a summary follows. */
    static final int MAX_DEPTH = 6;

    /**
     * A field touched by the method.
     *
     * @param field the field
     * @param use   the path to the field's name where it is used (inside the method, or one it calls)
     * @param calls the calls that lead there from the method's body, outermost first; empty when the method
     *              itself names the field
     */
    public record Touch(VariableElement field, TreePath use, List<TreePath> calls) {
    }

    /**
     * A use of one of the method's parameters.
     *
     * @param index the parameter's position
     * @param use   the path to the parameter's name (or to the name it was handed on under)
     * @param calls the calls that handed it on, outermost first
     */
    public record ParameterUse(int index, TreePath use, List<TreePath> calls) {
    }

    /** What one method touches. */
    public record Summary(List<Touch> touches, List<ParameterUse> parameterUses) {
        static final Summary NONE = new Summary(List.of(), List.of());
    }

    private final Trees trees;
    private final Declarations declarations;
    private final Map<ExecutableElement, Summary> memo = new HashMap<>();
    private final Set<ExecutableElement> inProgress = new HashSet<>();

    /** Summaries for one compilation. */
    public MethodSummaries(Trees trees, Declarations declarations) {
        this.trees = trees;
        this.declarations = declarations;
    }

    /**
     * The positions of the parameters that {@code constructor} stores into a field of the new object
     * ({@code this.batch = batch}, also through {@code this(..)}/{@code super(..)}): the object holds those
     * values; a parameter only read or copied ({@code new ArrayList<>(batch)}) stays with the caller.
     */
    public java.util.BitSet storedParameters(ExecutableElement constructor) {
        java.util.BitSet out = new java.util.BitSet();
        for (ParameterUse u : of(constructor).parameterUses()) {
            TreePath parent = u.use().getParentPath();
            while (parent.getLeaf() instanceof com.sun.source.tree.ParenthesizedTree) {
                parent = parent.getParentPath();
            }
            if (parent.getLeaf() instanceof com.sun.source.tree.AssignmentTree a
                    && TreeShapes.strip(a.getExpression()) == u.use().getLeaf()
                    && trees.getElement(new TreePath(parent, a.getVariable())) instanceof VariableElement f
                    && f.getKind() == ElementKind.FIELD) {
                out.set(u.index());
            }
        }
        return out;
    }

    /** Whether {@code method} (or constructor) has its body in the compilation. */
    public boolean hasSource(ExecutableElement method) {
        TreePath declaration = declarations.of(method);
        return declaration != null && declaration.getLeaf() instanceof MethodTree tree && tree.getBody() != null;
    }

    /** The summary of {@code method}; empty when it has no source in the compilation. */
    public Summary of(ExecutableElement method) {
        Summary known = memo.get(method);
        if (known != null) {
            return known;
        }
        if (inProgress.contains(method) || inProgress.size() >= MAX_DEPTH) {
            return Summary.NONE;
        }
        TreePath declaration = declarations.of(method);
        if (declaration == null || !(declaration.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
            memo.put(method, Summary.NONE);
            return Summary.NONE;
        }
        inProgress.add(method);
        try {
            Summary s = compute(method, new TreePath(declaration, tree.getBody()));
            memo.put(method, s); // under a cut it may miss effects: fewer findings, never more
            return s;
        } finally {
            inProgress.remove(method);
        }
    }

    /**
     * The method a call reaches when it runs on the same object or statically: {@code helper(x)},
     * {@code this.helper(x)}, {@code super.helper(x)}, {@code Outer.this.helper(x)}, {@code Util.helper(x)};
     * {@code null} for a call on another object.
     */
    public ExecutableElement sameObjectOrStatic(TreePath invocation) {
        if (!(invocation.getLeaf() instanceof MethodInvocationTree call)
                || !(trees.getElement(invocation) instanceof ExecutableElement method)
                || method.getKind() != ElementKind.METHOD) {
            return null;
        }
        Tree select = call.getMethodSelect();
        if (select instanceof IdentifierTree) {
            return method; // implicit this (or a static of an enclosing class)
        }
        if (select instanceof MemberSelectTree s) {
            return onThisOrType(new TreePath(new TreePath(invocation, s), s.getExpression()), method);
        }
        return null;
    }

    /** Like {@link #sameObjectOrStatic} for a method reference: {@code this::record}, {@code Util::format}. */
    public ExecutableElement sameObjectOrStaticReference(TreePath reference) {
        if (!(reference.getLeaf() instanceof MemberReferenceTree ref)
                || !(trees.getElement(reference) instanceof ExecutableElement method)
                || method.getKind() != ElementKind.METHOD) {
            return null;
        }
        return onThisOrType(new TreePath(reference, ref.getQualifierExpression()), method);
    }

    private ExecutableElement onThisOrType(TreePath receiver, ExecutableElement method) {
        Tree leaf = TreeShapes.strip(receiver).getLeaf();
        if (leaf instanceof IdentifierTree id && (id.getName().contentEquals("this") || id.getName().contentEquals("super"))) {
            return method;
        }
        if (leaf instanceof MemberSelectTree s && (s.getIdentifier().contentEquals("this")
                || s.getIdentifier().contentEquals("super"))) {
            return method;
        }
        Element e = trees.getElement(receiver);
        if (method.getModifiers().contains(Modifier.STATIC) && e != null
                && (e.getKind().isClass() || e.getKind().isInterface())) {
            return method;
        }
        return null;
    }

    private Summary compute(ExecutableElement method, TreePath body) {
        List<Touch> touches = new ArrayList<>();
        List<ParameterUse> parameterUses = new ArrayList<>();
        List<? extends VariableElement> parameters = method.getParameters();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null; // runs when its object's methods are called, not as part of this method
            }

            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e instanceof VariableElement v) {
                    int index = parameters.indexOf(v);
                    if (index >= 0) {
                        parameterUses.add(new ParameterUse(index, getCurrentPath(), List.of()));
                    } else if (isField(v)) {
                        touches.add(new Touch(v, getCurrentPath(), List.of()));
                    }
                }
                return super.visitIdentifier(node, unused);
            }

            @Override
            public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e instanceof VariableElement v && isField(v)
                        && throughThisOrType(new TreePath(getCurrentPath(), node.getExpression()))) {
                    touches.add(new Touch(v, getCurrentPath(), List.of()));
                }
                return super.visitMemberSelect(node, unused);
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                TreePath here = getCurrentPath();
                ExecutableElement callee = sameObjectOrStatic(here);
                Summary inner = callee != null ? of(callee)
                        : trees.getElement(here) instanceof ExecutableElement other ? argumentsOnly(other) : Summary.NONE;
                if (callee != null) {
                    for (Touch t : inner.touches()) {
                        touches.add(new Touch(t.field(), t.use(), prepend(here, t.calls())));
                    }
                }
                // a parameter handed on: helper(list) where helper changes its parameter
                for (int i = 0; i < node.getArguments().size(); i++) {
                    TreePath arg = TreeShapes.strip(new TreePath(here, node.getArguments().get(i)));
                    int index = arg.getLeaf() instanceof IdentifierTree ? parameters.indexOf(trees.getElement(arg)) : -1;
                    if (index < 0) {
                        continue;
                    }
                    for (ParameterUse u : inner.parameterUses()) {
                        if (u.index() == i) {
                            parameterUses.add(new ParameterUse(index, u.use(), prepend(here, u.calls())));
                        }
                    }
                }
                return super.visitMethodInvocation(node, unused);
            }
        }.scan(body, null);
        return new Summary(List.copyOf(touches), List.copyOf(parameterUses));
    }

    /** For a call on another object, only what the callee does with its parameters counts here. */
    private Summary argumentsOnly(ExecutableElement method) {
        Summary s = of(method);
        return s.touches().isEmpty() ? s : new Summary(List.of(), s.parameterUses());
    }

    private static List<TreePath> prepend(TreePath call, List<TreePath> calls) {
        List<TreePath> out = new ArrayList<>(calls.size() + 1);
        out.add(call);
        out.addAll(calls);
        return out;
    }

    private static boolean isField(VariableElement v) {
        return (v.getKind() == ElementKind.FIELD || v.getKind() == ElementKind.ENUM_CONSTANT)
                && !v.getSimpleName().contentEquals("length");
    }

    private boolean throughThisOrType(TreePath expression) {
        Tree leaf = TreeShapes.strip(expression).getLeaf();
        if (leaf instanceof IdentifierTree id && id.getName().contentEquals("this")) {
            return true;
        }
        if (leaf instanceof MemberSelectTree s && s.getIdentifier().contentEquals("this")) {
            return true;
        }
        Element e = trees.getElement(expression);
        return e != null && (e.getKind().isClass() || e.getKind().isInterface());
    }
}
