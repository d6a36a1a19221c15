package dev.fearless.checker.verdict;

import java.util.List;

/**
 * The conditions under which a generic type has a property, by type parameter name, as in
 * {@code @Send(ifSend = "T", ifSync = "T")}: every parameter in {@code ifSend} must be Send and every one in
 * {@code ifSync} must be Sync. No conditions: the property always holds.
 *
 * @param ifSend type parameters that must be Send
 * @param ifSync type parameters that must be Sync
 */
public record Conditions(List<String> ifSend, List<String> ifSync) {

    /** The property holds unconditionally. */
    public static final Conditions NONE = new Conditions(List.of(), List.of());

    public Conditions {
        ifSend = List.copyOf(ifSend);
        ifSync = List.copyOf(ifSync);
    }
}
