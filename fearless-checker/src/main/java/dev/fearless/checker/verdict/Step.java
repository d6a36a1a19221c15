package dev.fearless.checker.verdict;

import javax.lang.model.type.TypeMirror;

/**
 * One link of a failure's reason path, from the failing part outwards.
 *
 * @param outer    the type that needs the property because of its part
 * @param property the property the outer type needs
 * @param field    the field through which the part is reached ({@link Kind#FIELD}), else empty
 * @param kind     how the outer type depends on its part
 */
public record Step(TypeMirror outer, Property property, String field, Kind kind) {

    /** How an outer type depends on a part. */
    public enum Kind {
        /** A declared or tabled condition on a type argument: "required for `Arc<X>` to implement `Send`". */
        CONDITION,
        /** A field of a record, enum or final class: "appears within the type `Session` via field `config`". */
        FIELD,
        /** The element type of an array. */
        ELEMENT
    }
}
