package dev.fearless.checker.capture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
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

import dev.fearless.checker.boundary.Boundary;

/**
 * Stage 2: lists what a boundary's argument captures: the locals and parameters declared outside a lambda
 * or anonymous class that it reads, and the receiver variable of a bound method reference ({@code x::m}).
 */
public final class CaptureCollector {
    private final Trees trees;

    public CaptureCollector(Trees trees) {
        this.trees = trees;
    }

    /** The captures of {@code boundary}'s argument, in order of first use. */
    public List<Capture> collect(Boundary boundary) {
        TreePath argument = new TreePath(boundary.call(), boundary.argument());
        while (argument.getLeaf() instanceof ParenthesizedTree p) {
            argument = new TreePath(argument, p.getExpression());
        }
        Tree leaf = argument.getLeaf();
        Map<VariableElement, List<TreePath>> uses = new LinkedHashMap<>();
        if (leaf instanceof LambdaExpressionTree
                || (leaf instanceof NewClassTree n && n.getClassBody() != null)) {
            collectFromBody(argument, uses);
        } else if (leaf instanceof MemberReferenceTree ref) {
            ExpressionTree qualifier = ref.getQualifierExpression();
            TreePath qualifierPath = new TreePath(argument, qualifier);
            if (qualifier instanceof IdentifierTree && trees.getElement(qualifierPath) instanceof VariableElement v
                    && isLocal(v)) {
                uses.computeIfAbsent(v, k -> new ArrayList<>()).add(qualifierPath);
            }
        }
        List<Capture> out = new ArrayList<>();
        uses.forEach((v, paths) -> out.add(new Capture(boundary, v, v.asType(), paths)));
        return out;
    }

    /** Whether {@code tree} is code that a boundary runs later (a lambda, method reference or class body). */
    public static boolean isCode(Tree tree) {
        while (tree instanceof ParenthesizedTree p) {
            tree = p.getExpression();
        }
        return tree instanceof LambdaExpressionTree || tree instanceof MemberReferenceTree
                || (tree instanceof NewClassTree n && n.getClassBody() != null);
    }

    private void collectFromBody(TreePath body, Map<VariableElement, List<TreePath>> uses) {
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
        }.scan(body, null);
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e instanceof VariableElement v && isLocal(v) && !declaredInside.contains(v)) {
                    uses.computeIfAbsent(v, k -> new ArrayList<>()).add(getCurrentPath());
                }
                return super.visitIdentifier(node, unused);
            }
        }.scan(body, null);
    }

    private static boolean isLocal(VariableElement v) {
        ElementKind k = v.getKind();
        return k == ElementKind.LOCAL_VARIABLE || k == ElementKind.PARAMETER
                || k == ElementKind.EXCEPTION_PARAMETER || k == ElementKind.RESOURCE_VARIABLE
                || k.name().equals("BINDING_VARIABLE");
    }
}
