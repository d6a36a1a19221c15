package dev.fearless.checker.tree;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

/**
 * Where fields, methods and classes of the compilation are declared: {@code Trees.getPath(Element)} searches the
 * declaring class's tree on every call, which is quadratic when a lambda reads thousands of fields; this index
 * scans each top-level class once, on first use.
 */
public final class Declarations {
    private final Trees trees;
    private final Map<TypeElement, Map<Element, TreePath>> byTopLevel = new IdentityHashMap<>();
    /** Per top-level class: where each of its fields and methods is named, and each constructor called. */
    private final Map<TypeElement, Map<Element, java.util.List<TreePath>>> names = new IdentityHashMap<>();
    /** Per top-level class: the values assigned to each field anywhere in it ({@code field = value}). */
    private final Map<TypeElement, Map<Element, java.util.List<TreePath>>> assignments = new IdentityHashMap<>();

    /** The declarations of one compilation. */
    public Declarations(Trees trees) {
        this.trees = trees;
    }

    /** The path to {@code element}'s declaration (a field, method or class member), or null without source. */
    public TreePath of(Element element) {
        TypeElement top = topLevel(element);
        if (top == null) {
            return null;
        }
        Map<Element, TreePath> index = byTopLevel.computeIfAbsent(top, this::scan);
        TreePath found = index.get(element);
        return found != null || index.isEmpty() ? found : null;
    }

    /**
     * Every place in the source of {@code element}'s top-level class that names it (fields and methods: the
     * identifiers, member selects and method references that resolve to it), or {@code null} when that source
     * is not in this compilation.
     */
    public java.util.List<TreePath> namesOf(Element element) {
        return lookUp(element, names, this::scanReferences);
    }

    /** {@code element}'s entry in an index built once per top-level class; null when its source is not here. */
    private java.util.List<TreePath> lookUp(Element element,
            Map<TypeElement, Map<Element, java.util.List<TreePath>>> cache,
            java.util.function.Function<TypeElement, Map<Element, java.util.List<TreePath>>> scan) {
        TypeElement top = topLevel(element);
        if (top == null || of(element) == null) {
            return null;
        }
        return cache.computeIfAbsent(top, scan).getOrDefault(element, java.util.List.of());
    }

    private static final java.util.Set<javax.lang.model.element.ElementKind> MEMBERS =
            java.util.EnumSet.of(javax.lang.model.element.ElementKind.FIELD, javax.lang.model.element.ElementKind.METHOD);
    private static final java.util.Set<javax.lang.model.element.ElementKind> CONSTRUCTORS =
            java.util.EnumSet.of(javax.lang.model.element.ElementKind.CONSTRUCTOR);

    /**
     * One scan of a top-level class: where each field and method is named (identifiers, member selects, method
     * references) and where each constructor is called ({@code new C(..)}, {@code this(..)}).
     */
    private Map<Element, java.util.List<TreePath>> scanReferences(TypeElement top) {
        Map<Element, java.util.List<TreePath>> out = new HashMap<>();
        TreePath path = trees.getPath(top);
        if (path == null) {
            return out;
        }
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(com.sun.source.tree.IdentifierTree node, Void unused) {
                record(MEMBERS);
                return super.visitIdentifier(node, unused);
            }

            @Override
            public Void visitMemberSelect(com.sun.source.tree.MemberSelectTree node, Void unused) {
                record(MEMBERS);
                return super.visitMemberSelect(node, unused);
            }

            @Override
            public Void visitMemberReference(com.sun.source.tree.MemberReferenceTree node, Void unused) {
                record(MEMBERS);
                return super.visitMemberReference(node, unused);
            }

            @Override
            public Void visitNewClass(com.sun.source.tree.NewClassTree node, Void unused) {
                record(CONSTRUCTORS);
                return super.visitNewClass(node, unused);
            }

            @Override
            public Void visitMethodInvocation(com.sun.source.tree.MethodInvocationTree node, Void unused) {
                record(CONSTRUCTORS);
                return super.visitMethodInvocation(node, unused);
            }

            private void record(java.util.Set<javax.lang.model.element.ElementKind> kinds) {
                Element e = trees.getElement(getCurrentPath());
                if (e != null && kinds.contains(e.getKind())) {
                    out.computeIfAbsent(e, k -> new java.util.ArrayList<>()).add(getCurrentPath());
                }
            }
        }.scan(path, null);
        return out;
    }

    /**
     * The values assigned to {@code field} by plain assignments in the source of its top-level class (not its
     * initializer), or {@code null} when that source is not in this compilation. A compound assignment or an
     * increment counts as an assignment of an unknown value.
     */
    public java.util.List<TreePath> assignedValues(Element field) {
        return lookUp(field, assignments, this::scanAssignments);
    }

    /**
     * The calls of {@code constructor} in the source of its top-level class ({@code new C(..)} and
     * {@code this(..)}, each the path of the call), or {@code null} when that source is not in this
     * compilation. Calls from other top-level classes are not seen.
     */
    public java.util.List<TreePath> constructorCalls(Element constructor) {
        return lookUp(constructor, names, this::scanReferences);
    }


    private Map<Element, java.util.List<TreePath>> scanAssignments(TypeElement top) {
        Map<Element, java.util.List<TreePath>> out = new HashMap<>();
        TreePath path = trees.getPath(top);
        if (path == null) {
            return out;
        }
        new AssignmentScanner() {
            @Override
            protected void assigned(TreePath target, TreePath value) {
                Element e = trees.getElement(target);
                if (e != null && e.getKind() == javax.lang.model.element.ElementKind.FIELD) {
                    out.computeIfAbsent(e, k -> new java.util.ArrayList<>()).add(value);
                }
            }
        }.scan(path, null);
        return out;
    }

    private Map<Element, TreePath> scan(TypeElement top) {
        Map<Element, TreePath> out = new HashMap<>();
        TreePath path = trees.getPath(top);
        if (path == null) {
            return out;
        }
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                record();
                return super.visitClass(node, unused);
            }

            @Override
            public Void visitMethod(MethodTree node, Void unused) {
                record();
                return super.visitMethod(node, unused);
            }

            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                if (getCurrentPath().getParentPath().getLeaf() instanceof ClassTree) {
                    record(); // fields only: locals are indexed per body by the borrow stage
                }
                return super.visitVariable(node, unused);
            }

            private void record() {
                Element e = trees.getElement(getCurrentPath());
                if (e != null) {
                    out.putIfAbsent(e, getCurrentPath());
                }
            }
        }.scan(path, null);
        return out;
    }

    private static TypeElement topLevel(Element element) {
        TypeElement top = null;
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement t) {
                top = t;
            }
        }
        return top;
    }
}
