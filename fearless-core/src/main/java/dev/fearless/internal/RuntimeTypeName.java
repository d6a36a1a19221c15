package dev.fearless.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Names a value's type the way the compile error does ({@code Rc<Mutex<Integer>>}), from the run-time
 * classes of the value and of what it holds, for the run-time safety nets' messages.
 *
 * <p>A container class registers, in its static initializer, how to peek at the one value it holds;
 * a value of an unregistered class is named by its simple class name. Peeking never locks and never
 * throws: the name is best effort ({@code Mutex<?>} where the content cannot be seen).
 */
public final class RuntimeTypeName {
    private static final Map<Class<?>, Function<Object, Object>> CONTAINERS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, String> NAMES = new ConcurrentHashMap<>();
    private static final int MAX_DEPTH = 8;

    private RuntimeTypeName() {
    }

    /** Registers {@code container} as a one-parameter generic type whose content {@code peek} returns. */
    public static void register(Class<?> container, Function<Object, Object> peek) {
        CONTAINERS.put(container, peek);
    }

    /**
     * Registers {@code container} like {@link #register(Class, Function)}, printed as {@code name}: for a
     * nested class whose simple name alone is ambiguous ({@code Arc.Weak} and {@code Rc.Weak}).
     */
    public static void register(Class<?> container, String name, Function<Object, Object> peek) {
        NAMES.put(container, name);
        CONTAINERS.put(container, peek);
    }

    /** The name of {@code value}'s type, with type arguments where they can be seen. */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, 0);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append('?');
            return;
        }
        Class<?> type = value.getClass();
        out.append(simpleName(type));
        Function<Object, Object> peek = CONTAINERS.get(type);
        if (peek == null) {
            return;
        }
        out.append('<');
        Object content;
        try {
            content = depth < MAX_DEPTH ? peek.apply(value) : null;
        } catch (RuntimeException e) {
            content = null;
        }
        append(out, content, depth + 1);
        out.append('>');
    }

    private static String simpleName(Class<?> type) {
        String name = NAMES.get(type);
        if (name != null) {
            return name;
        }
        name = type.getSimpleName();
        if (name.isEmpty()) { // anonymous or hidden (lambda) class
            String full = type.getName();
            int cut = full.indexOf('$');
            name = full.substring(full.lastIndexOf('.') + 1, cut < 0 ? full.length() : cut);
        }
        return name;
    }
}
