package dev.fearless.checker.verdict;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.type.TypeMirror;

/**
 * A proven failure: the innermost type that lacks a property ({@code culprit}), why, and the path from it
 * out to the type that was asked about.
 *
 * @param culprit  the innermost type that lacks {@code property}
 * @param property the property it lacks
 * @param cause    the evidence and the advice
 * @param steps    from the culprit outwards; empty when the culprit is the type asked about
 */
public record Failure(TypeMirror culprit, Property property, Cause cause, List<Step> steps) {

    public Failure {
        steps = List.copyOf(steps);
    }

    /** This failure seen from one level further out. */
    Failure via(Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new Failure(culprit, property, cause, longer);
    }
}
