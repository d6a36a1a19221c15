package dev.fearless.checker.capture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

import dev.fearless.checker.boundary.Boundary;

/**
 * Stage 2: lists what crosses a boundary. For code (a lambda, anonymous class or bound method reference
 * {@code x::m}): the locals and parameters declared outside it that it reads, and the fields it touches
 * through {@code this} (each field on its own, like Rust 2021's disjoint captures) or statically. For a
 * plain value passed to a {@code @Send}/{@code @Sync} parameter: the value itself.
 */
public final class CaptureCollector {
    private final Trees trees;

    public CaptureCollector(Trees trees) {
        this.trees = trees;
    }

    /** The captures of {@code boundary}'s argument: locals first, then fields, each in order of first use. */
    public List<Capture> collect(Boundary boundary) {
        TreePath argument = new TreePath(boundary.call(), boundary.argument());
        while (argument.getLeaf() instanceof ParenthesizedTree p) {
            argument = new TreePath(argument, p.getExpression());
        }
        Tree leaf = argument.getLeaf();
        Map<VariableElement, List<TreePath>> locals = new LinkedHashMap<>();
        Map<VariableElement, List<TreePath>> fields = new LinkedHashMap<>();
        List<Capture> out = new ArrayList<>();
        if (leaf instanceof LambdaExpressionTree || (leaf instanceof NewClassTree n && n.getClassBody() != null)) {
            collectFromBody(argument, locals, fields);
        } else if (leaf instanceof MemberReferenceTree ref) {
            ExpressionTree qualifier = ref.getQualifierExpression();
            TreePath qualifierPath = new TreePath(argument, qualifier);
            if (qualifier instanceof IdentifierTree && trees.getElement(qualifierPath) instanceof VariableElement v
                    && isLocal(v)) {
                locals.computeIfAbsent(v, k -> new ArrayList<>()).add(qualifierPath);
            }
        } else if (boundary.marker()) {
            TypeMirror type = trees.getTypeMirror(argument);
            if (type != null && type.getKind() != TypeKind.ERROR) {
                Element e = leaf instanceof IdentifierTree ? trees.getElement(argument) : null;
                VariableElement v = e instanceof VariableElement ve && isLocal(ve) ? ve : null;
                out.add(new Capture(boundary, Capture.Kind.ARGUMENT, v, type, List.of(argument)));
            }
            return out;
        }
        locals.forEach((v, paths) -> out.add(new Capture(boundary, Capture.Kind.LOCAL, v, v.asType(), paths)));
        fields.forEach((v, paths) -> out.add(new Capture(boundary, Capture.Kind.FIELD, v, v.asType(), paths)));
        return out;
    }

    private void collectFromBody(TreePath body, Map<VariableElement, List<TreePath>> locals,
                                 Map<VariableElement, List<TreePath>> fields) {
        Set<Element> declaredInside = new HashSet<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e != null) {
                    declaredInside.add(e);
                }
                return super.visitVariable(node, unused);
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e != null) {
                    declaredInside.add(e); // fields of a class declared inside belong to its own objects
                }
                return super.visitClass(node, unused);
            }
        }.scan(body, null);
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e instanceof VariableElement v && !declaredInside.contains(v)) {
                    if (isLocal(v)) {
                        locals.computeIfAbsent(v, k -> new ArrayList<>()).add(getCurrentPath());
                    } else if (isSharedField(v, declaredInside)) {
                        fields.computeIfAbsent(v, k -> new ArrayList<>()).add(getCurrentPath());
                    }
                }
                return super.visitIdentifier(node, unused);
            }

            @Override
            public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                // this.count, Outer.this.count, Registry.INSTANCES: a field reached without a captured local
                Element e = trees.getElement(getCurrentPath());
                if (e instanceof VariableElement v && isSharedField(v, declaredInside)
                        && throughThisOrType(new TreePath(getCurrentPath(), node.getExpression()))) {
                    fields.computeIfAbsent(v, k -> new ArrayList<>()).add(getCurrentPath());
                }
                return super.visitMemberSelect(node, unused);
            }
        }.scan(body, null);
    }

    private boolean throughThisOrType(TreePath expression) {
        Tree leaf = expression.getLeaf();
        if (leaf instanceof IdentifierTree id && id.getName().contentEquals("this")) {
            return true;
        }
        if (leaf instanceof MemberSelectTree s && s.getIdentifier().contentEquals("this")) {
            return true;
        }
        Element e = trees.getElement(expression);
        return e != null && (e.getKind().isClass() || e.getKind().isInterface());
    }

    private static boolean isSharedField(VariableElement v, Set<Element> declaredInside) {
        return v.getKind() == ElementKind.FIELD && !declaredInside.contains(v.getEnclosingElement())
                && !v.getSimpleName().contentEquals("this") && !v.getSimpleName().contentEquals("super")
                && !v.getSimpleName().contentEquals("length");
    }

    /** Whether {@code tree} is code that a boundary runs later (a lambda, method reference or class body). */
    public static boolean isCode(Tree tree) {
        while (tree instanceof ParenthesizedTree p) {
            tree = p.getExpression();
        }
        return tree instanceof LambdaExpressionTree || tree instanceof MemberReferenceTree
                || (tree instanceof NewClassTree n && n.getClassBody() != null);
    }

    private static boolean isLocal(VariableElement v) {
        ElementKind k = v.getKind();
        return k == ElementKind.LOCAL_VARIABLE || k == ElementKind.PARAMETER
                || k == ElementKind.EXCEPTION_PARAMETER || k == ElementKind.RESOURCE_VARIABLE
                || k.name().equals("BINDING_VARIABLE");
    }
}
