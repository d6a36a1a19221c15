package dev.fearless.thread;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Reaches {@code Thread.ofVirtual().unstarted(Runnable)} (JDK 21+) from code compiled for Java 17.
 * The method handles are looked up once, when this class is first used; on an older JDK the lookup
 * fails and {@link #available()} says so.
 */
final class VirtualThreads {
    private static final int FIRST_FEATURE = 21; // virtual threads were a preview before JDK 21
    private static final MethodHandle OF_VIRTUAL; // () -> Object (a Thread.Builder.OfVirtual)
    private static final MethodHandle UNSTARTED; // (Object, Runnable) -> Thread

    static {
        MethodHandle ofVirtual = null;
        MethodHandle unstarted = null;
        if (Runtime.version().feature() >= FIRST_FEATURE) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                Class<?> builder = Class.forName("java.lang.Thread$Builder");
                Class<?> ofVirtualType = Class.forName("java.lang.Thread$Builder$OfVirtual");
                ofVirtual = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtualType))
                        .asType(MethodType.methodType(Object.class));
                unstarted = lookup.findVirtual(builder, "unstarted", MethodType.methodType(Thread.class, Runnable.class))
                        .asType(MethodType.methodType(Thread.class, Object.class, Runnable.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                ofVirtual = null;
                unstarted = null;
            }
        }
        OF_VIRTUAL = ofVirtual;
        UNSTARTED = unstarted;
    }

    private VirtualThreads() {
    }

    static boolean available() {
        return OF_VIRTUAL != null;
    }

    /** Throws a clear {@link UnsupportedOperationException} where virtual threads do not exist. */
    static void requireAvailable() {
        if (!available()) {
            throw new UnsupportedOperationException("virtual threads need JDK " + FIRST_FEATURE
                    + " or later; this is JDK " + Runtime.version().feature());
        }
    }

    static Thread unstarted(Runnable task) {
        requireAvailable();
        try {
            Object builder = (Object) OF_VIRTUAL.invokeExact();
            return (Thread) UNSTARTED.invokeExact(builder, task);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) { // the JDK methods declare no checked exception
            throw new IllegalStateException("cannot create a virtual thread", e);
        }
    }
}
