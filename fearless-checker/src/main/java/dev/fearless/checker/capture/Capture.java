package dev.fearless.checker.capture;

import java.util.List;

import com.sun.source.util.TreePath;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

import dev.fearless.checker.boundary.Boundary;

/**
 * A local variable or parameter of the enclosing code that a boundary's argument reads.
 *
 * @param boundary the boundary whose argument captures it
 * @param variable the captured variable
 * @param type     its type as declared (for {@code var}, as inferred)
 * @param uses     every use inside the argument, in source order; never empty
 */
public record Capture(Boundary boundary, VariableElement variable, TypeMirror type, List<TreePath> uses) {

    public Capture {
        uses = List.copyOf(uses);
    }

    /** The first use, where a diagnostic about this capture points. */
    public TreePath firstUse() {
        return uses.get(0);
    }
}
