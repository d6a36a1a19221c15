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
