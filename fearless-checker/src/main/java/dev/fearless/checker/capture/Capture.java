package dev.fearless.checker.capture;

import java.util.List;
import java.util.Map;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

import dev.fearless.checker.boundary.Boundary;

/**
 * A value that crosses a boundary: a local or parameter that the boundary's code reads, a field that it
 * touches through {@code this} or statically, or a plain value passed to a {@code @Send}/{@code @Sync}
 * parameter.
 *
 * @param boundary the boundary it crosses
 * @param kind     how it crosses
 * @param variable the local, parameter or field; {@code null} for an argument that is not a variable
 * @param type     its type as declared (for {@code var}, as inferred; for an argument, the expression's type)
 * @param uses     every use inside the boundary's code (for an argument: the argument), in source order;
 *                 never empty; for a field, also its uses inside the methods that the code calls
 * @param via      for a use inside a called method (keyed by the use's tree): the calls from the boundary's
 *                 code that reach it, outermost first
 */
public record Capture(Boundary boundary, Kind kind, VariableElement variable, TypeMirror type, List<TreePath> uses,
                      Map<Tree, List<TreePath>> via) {

    /** How a value crosses. */
    public enum Kind {
        /** A local variable or parameter read by a lambda, method reference or anonymous class. */
        LOCAL,
        /** A field read or written by the code through {@code this}, or a static field. */
        FIELD,
        /** A value passed directly to a {@code @Send} or {@code @Sync} parameter. */
        ARGUMENT,
        /** A started {@code Thread} subclass: its fields go to the new thread. */
        THREAD_OBJECT,
        /** The value the code returns: it goes back to whichever thread reads the result. */
        RESULT
    }

    public Capture {
        uses = List.copyOf(uses);
        via = Map.copyOf(via);
    }

    /** A capture of uses written in the boundary's code itself. */
    public Capture(Boundary boundary, Kind kind, VariableElement variable, TypeMirror type, List<TreePath> uses) {
        this(boundary, kind, variable, type, uses, Map.of());
    }

    /** The first use, where a diagnostic about this capture points. */
    public TreePath firstUse() {
        return uses.get(0);
    }

    /** The calls from the boundary's code that reach {@code use}; empty for a use in the code itself. */
    public List<TreePath> callsTo(TreePath use) {
        return via.getOrDefault(use.getLeaf(), List.of());
    }

    /**
     * Where a diagnostic about {@code use} points: the use itself, or for a use inside a called method the
     * call in the boundary's code that leads there (where the code hands the work to the helper).
     */
    public TreePath pointAt(TreePath use) {
        List<TreePath> calls = callsTo(use);
        return calls.isEmpty() ? use : calls.get(0);
    }
}
