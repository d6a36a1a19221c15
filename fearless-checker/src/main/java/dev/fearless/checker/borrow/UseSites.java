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
    private final Map<VariableElement, VariableElement> aliasOf = new HashMap<>();
    /** Per value with aliases: the value's own local and every alias of it. */
    private final Map<VariableElement, List<VariableElement>> regions = new HashMap<>();

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
        sites.findAliases(trees);
        return sites;
    }

    /**
     * Locals that refer to (part of) another local's value: {@code var b = a}, {@code var values = map.values()},
     * {@code var it = list.iterator()}, {@code var view = Collections.unmodifiableList(list)}, when the alias is
     * never assigned again. A value and its aliases are one region (Swift's region-based isolation, SE-0414):
     * a change through any of them, or a use of any of them after the value was moved, is one of the value.
     */
    private void findAliases(Trees trees) {
        for (Map.Entry<VariableElement, TreePath> e : declarations.entrySet()) {
            if (!(e.getValue().getLeaf() instanceof VariableTree v) || v.getInitializer() == null
                    || reassigned(e.getKey())) {
                continue;
            }
            TreePath init = dev.fearless.checker.tree.TreeShapes.strip(new TreePath(e.getValue(), v.getInitializer()));
            VariableElement source = aliasSource(init, trees);
            if (source != null && !source.equals(e.getKey()) && declarations.containsKey(source)) {
                aliasOf.put(e.getKey(), source);
            }
        }
        for (VariableElement alias : aliasOf.keySet()) {
            VariableElement root = regionOf(alias);
            List<VariableElement> members = regions.computeIfAbsent(root, k -> new ArrayList<>(List.of(k)));
            members.add(alias);
        }
    }

    private VariableElement aliasSource(TreePath init, Trees trees) {
        com.sun.source.tree.Tree leaf = init.getLeaf();
        if (leaf instanceof IdentifierTree && trees.getElement(init) instanceof VariableElement v && isLocal(v)) {
            return v;
        }
        if (leaf instanceof com.sun.source.tree.MethodInvocationTree call
                && call.getMethodSelect() instanceof com.sun.source.tree.MemberSelectTree select) {
            String name = select.getIdentifier().toString();
            TreePath receiver = dev.fearless.checker.tree.TreeShapes.strip(
                    new TreePath(new TreePath(init, select), select.getExpression()));
            if (MutationFinder.VIEWS.contains(name) && receiver.getLeaf() instanceof IdentifierTree
                    && trees.getElement(receiver) instanceof VariableElement v && isLocal(v)) {
                return v;
            }
            if (name.startsWith("unmodifiable") && call.getArguments().size() == 1
                    && trees.getElement(init) instanceof javax.lang.model.element.ExecutableElement m
                    && m.getEnclosingElement().toString().equals("java.util.Collections")) {
                TreePath arg = dev.fearless.checker.tree.TreeShapes.strip(new TreePath(init, call.getArguments().get(0)));
                if (arg.getLeaf() instanceof IdentifierTree && trees.getElement(arg) instanceof VariableElement v
                        && isLocal(v)) {
                    return v;
                }
            }
        }
        return null;
    }

    private static boolean isLocal(VariableElement v) {
        return v.getKind() == javax.lang.model.element.ElementKind.LOCAL_VARIABLE
                || v.getKind() == javax.lang.model.element.ElementKind.PARAMETER;
    }

    private boolean reassigned(VariableElement v) {
        for (TreePath u : uses.getOrDefault(v, List.of())) {
            if (u.getParentPath().getLeaf() instanceof com.sun.source.tree.AssignmentTree a && a.getVariable() == u.getLeaf()) {
                return true;
            }
        }
        return false;
    }

    /** The value {@code v} refers to: the root of its alias chain ({@code v} itself when it is no alias). */
    VariableElement regionOf(VariableElement v) {
        VariableElement root = v;
        for (int i = 0; i < 16 && aliasOf.containsKey(root); i++) {
            root = aliasOf.get(root);
        }
        return root;
    }

    /**
     * Every place that names {@code v}'s value, through {@code v} or any alias of it (and of what it aliases),
     * in source order.
     */
    List<TreePath> regionUsesOf(VariableElement v, com.sun.source.tree.CompilationUnitTree unit,
                                com.sun.source.util.SourcePositions positions) {
        VariableElement root = regionOf(v);
        List<VariableElement> members = regions.get(root);
        if (members == null) {
            return usesOf(v);
        }
        return derived(List.of("region", root), () -> {
            List<TreePath> out = new ArrayList<>();
            members.forEach(m -> out.addAll(usesOf(m)));
            out.sort(java.util.Comparator.comparingLong(p -> positions.getStartPosition(unit, p.getLeaf())));
            return out;
        });
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
