package dev.fearless.checker.judge;

import java.util.List;
import java.util.Optional;

import dev.fearless.checker.capture.Capture;
import dev.fearless.checker.verdict.Failure;
import dev.fearless.checker.verdict.Property;

/** A problem the checker proved (or, with {@code strict}, could not rule out), ready to be rendered. */
public sealed interface Finding {

    /** The capture the finding is about; the diagnostic points at its first use. */
    Capture capture();

    /**
     * A captured value whose type lacks the property its boundary needs (F0277).
     *
     * @param capture the capture
     * @param failure why the type lacks the property, innermost part first
     * @param remedy  the type to use instead, when the culprit's declaration names one
     */
    record CannotCross(Capture capture, Failure failure, Optional<Remedy> remedy) implements Finding {
    }

    /**
     * With {@code strict}: a captured value whose type the checker cannot prove to have the property (F0277).
     *
     * @param capture  the capture
     * @param property the property that could not be proven
     * @param why      completes "the checker cannot tell because ..."
     */
    record Unproven(Capture capture, Property property, String why) implements Finding {
    }

    /**
     * A thread-safe type to use instead of the culprit, and what it needs of its type arguments.
     *
     * @param qualifiedName the alternative's qualified name, as the culprit's declaration gives it
     * @param type          the alternative with the culprit's type arguments
     * @param property      the property the alternative provides
     * @param needs         what the alternative needs of each type argument
     * @param satisfied     whether the type arguments meet those needs
     */
    record Remedy(String qualifiedName, javax.lang.model.type.TypeMirror type, Property property,
                  List<Need> needs, boolean satisfied) {
        public Remedy {
            needs = List.copyOf(needs);
        }
    }

    /**
     * A type argument and the properties an alternative needs it to have.
     *
     * @param argument   the type argument
     * @param properties the properties, in the order Send, Sync
     */
    record Need(javax.lang.model.type.TypeMirror argument, List<Property> properties) {
        public Need {
            properties = List.copyOf(properties);
        }
    }
}
