package dev.fearless.checker.borrow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/** Where each local variable of one method (or initializer) is declared and every place it is named. */
final class UseSites {
    private final Map<VariableElement, Long> declared = new HashMap<>();
    private final Map<VariableElement, TreePath> declarations = new HashMap<>();
    private final Map<VariableElement, List<TreePath>> uses = new HashMap<>();
    private final Map<Object, List<TreePath>> derived = new HashMap<>();

    private UseSites() {
    }

    static UseSites of(TreePath root, Trees trees) {
        UseSites sites = new UseSites();
        SourcePositions positions = trees.getSourcePositions();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                if (trees.getElement(getCurrentPath()) instanceof VariableElement v) {
                    sites.declared.put(v, positions.getStartPosition(getCurrentPath().getCompilationUnit(), node));
                    sites.declarations.put(v, getCurrentPath());
                }
                return super.visitVariable(node, unused);
            }

            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e instanceof VariableElement v) {
                    sites.uses.computeIfAbsent(v, k -> new ArrayList<>()).add(getCurrentPath());
                }
                return super.visitIdentifier(node, unused);
            }
        }.scan(root, null);
        return sites;
    }

    /** Where {@code v} is declared, or -1 for a parameter of an enclosing method the index does not cover. */
    long declaredAt(VariableElement v) {
        return declared.getOrDefault(v, -1L);
    }

    /** The declaration of {@code v} in this body, or {@code null}. */
    TreePath declarationOf(VariableElement v) {
        return declarations.get(v);
    }

    /**
     * A list of uses derived from this body once and kept for the class ({@code key} names what it is, e.g. the
     * uses of a pool that wait for it): asked per boundary, computed per body.
     */
    List<TreePath> derived(Object key, java.util.function.Supplier<List<TreePath>> compute) {
        return derived.computeIfAbsent(key, k -> compute.get());
    }

    /** Every place {@code v} is named, in source order. */
    List<TreePath> usesOf(VariableElement v) {
        return uses.getOrDefault(v, List.of());
    }
}
