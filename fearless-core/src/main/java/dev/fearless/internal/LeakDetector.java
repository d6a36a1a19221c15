package dev.fearless.internal;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Reports {@code Rc}/{@code Arc} handles (and their weak handles) that were garbage-collected without
 * {@code close()}, naming the handle's type ({@code Arc<Connection>}) and where it was created.
 *
 * <p>The level comes from the system property {@value #PROPERTY}, read once when this class is
 * initialised:
 * <ul>
 *   <li>{@code off}: nothing is tracked; every check in the handles folds away ({@link #ENABLED} is a
 *       {@code static final} false, so the JIT drops the branches);</li>
 *   <li>{@code sampled} (the default): one handle in {@value #SAMPLING_INTERVAL} is tracked, whether it
 *       comes from a new allocation or is derived from another handle (clone, weak handle, upgrade);</li>
 *   <li>{@code paranoid}: every allocation is tracked.</li>
 * </ul>
 * A report is one {@link System.Logger} record at level {@code WARNING} on the logger
 * {@value #LOGGER_NAME}:
 * <pre>{@code
 * // java -Dfearless.leakDetection=paranoid ...
 * Arc<Connection> shared = Arc.of(new Connection());
 * shared.clone();          // never closed
 * // later, after a GC, on the cleaner thread:
 * // WARNING: LEAK: an `Arc<Connection>` handle was garbage-collected without close() ...
 * //   created at com.example.Server.accept(Server.java:42)
 * }</pre>
 *
 * <p>Exact checking for test suites: under {@code paranoid}, {@link #openCount()} and
 * {@link #openHandles()} list every tracked handle not yet closed (or reported), without waiting for
 * the garbage collector, so a test can assert that it closed everything it opened.
 *
 * <p>Implementation notes. A tracked handle holds a {@link Leak} record; the record is registered with
 * a {@link Cleaner} for the handle but never refers to it (only to strings and the creation
 * {@code Throwable}), since a cleaning action that reaches its object keeps it alive forever and never
 * runs. Closing the handle marks the record and deregisters it ({@link Cleaner.Cleanable#clean()} runs
 * the action at most once, so "closed" and "collected" cannot both report). The cleaner only reports: by
 * the time it runs, the handle is gone and the count it held can never be released, which is exactly the
 * bug being reported. Sampling is decided per handle ({@link #sample()} wherever a handle is made): a
 * random draw from the thread's own generator, a few nanoseconds. Deciding once per allocation and
 * tracking every handle derived from a tracked one would be cheaper for the untracked majority, but a
 * tracked allocation that is cloned millions of times (a shared service) would then capture a stack
 * trace on every clone, making one unlucky hot path about 100 times slower.
 */
public final class LeakDetector {
    /** The system property that selects the level: {@code off}, {@code sampled} or {@code paranoid}. */
    public static final String PROPERTY = "fearless.leakDetection";
    /** Under {@code sampled}, one handle in this many is tracked (a power of two). */
    public static final int SAMPLING_INTERVAL = 1024;
    /** The logger that receives reports. */
    public static final String LOGGER_NAME = "dev.fearless.leak";

    /** How much is tracked. */
    public enum Level {
        /** Nothing. */
        OFF,
        /** One allocation in {@link #SAMPLING_INTERVAL}. */
        SAMPLED,
        /** Every allocation; creation sites of open handles can be listed exactly. */
        PARANOID
    }

    private static final Level INITIAL = readLevel();
    /**
     * False only when the property said {@code off}: handles test it before anything else, so that a
     * disabled detector costs nothing once compiled.
     */
    public static final boolean ENABLED = INITIAL != Level.OFF;

    private static volatile Level level = INITIAL;
    private static volatile Consumer<String> reporter = LeakDetector::log;
    private static final Set<Leak> OPEN = ConcurrentHashMap.newKeySet();
    /** Frames of these classes are skipped in creation sites: the user's call is what matters. */
    private static final Set<String> HANDLE_CLASSES = Set.of(LeakDetector.class.getName(),
            "dev.fearless.rc.Rc", "dev.fearless.rc.Rc$Weak", "dev.fearless.sync.Arc", "dev.fearless.sync.Arc$Weak");

    private LeakDetector() {
    }

    /** Whether a new allocation is to be tracked, under the current level. */
    public static boolean sample() {
        Level l = level;
        return l == Level.PARANOID
                || (l == Level.SAMPLED && (ThreadLocalRandom.current().nextInt() & (SAMPLING_INTERVAL - 1)) == 0);
    }

    /**
     * Starts tracking {@code handle}, whose type is named now (while its value can be seen); the caller
     * stores the record in the handle and calls {@link Leak#close()} when the handle is closed.
     */
    public static Leak track(Object handle) {
        Leak leak = new Leak(RuntimeTypeName.of(handle), new Throwable("created here"));
        OPEN.add(leak);
        leak.cleanable = CleanerHolder.CLEANER.register(handle, leak);
        return leak;
    }

    /** The current level. */
    public static Level level() {
        return level;
    }

    /**
     * Sets the level for allocations made from now on and returns the previous one (for tests). Raising
     * it above {@code OFF} requires that detection was not switched off by the property.
     */
    public static Level setLevel(Level newLevel) {
        if (!ENABLED && newLevel != Level.OFF) {
            throw new IllegalStateException("leak detection was switched off with -D" + PROPERTY + "=off");
        }
        Level previous = level;
        level = newLevel;
        return previous;
    }

    /** Sends reports to {@code sink} instead of the logger and returns the previous sink (for tests). */
    public static Consumer<String> setReporter(Consumer<String> sink) {
        Consumer<String> previous = reporter;
        reporter = sink == null ? LeakDetector::log : sink;
        return previous;
    }

    /** How many tracked handles are neither closed nor reported: exact under {@code paranoid}. */
    public static int openCount() {
        return OPEN.size();
    }

    /** One line per open tracked handle: its type and where it was created. */
    public static List<String> openHandles() {
        List<String> out = new ArrayList<>();
        for (Leak leak : OPEN) {
            out.add("`" + leak.type + "` created at " + firstCallerFrame(leak.site));
        }
        return out;
    }

    private static Level readLevel() {
        String value;
        try {
            value = System.getProperty(PROPERTY, "sampled");
        } catch (SecurityException e) {
            return Level.SAMPLED;
        }
        try {
            return Level.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // A typo must not break class initialisation of every handle: say so and keep the default.
            System.getLogger(LOGGER_NAME).log(System.Logger.Level.WARNING,
                    "-D" + PROPERTY + "=" + value + " is not one of off, sampled, paranoid; using sampled");
            return Level.SAMPLED;
        }
    }

    private static void log(String report) {
        System.getLogger(LOGGER_NAME).log(System.Logger.Level.WARNING, report);
    }

    /** The first frame outside Fearless's own handle code: where the user created the handle. */
    private static String firstCallerFrame(Throwable site) {
        for (StackTraceElement frame : site.getStackTrace()) {
            if (!isOwnFrame(frame)) {
                return frame.toString();
            }
        }
        return "(unknown)";
    }

    private static boolean isOwnFrame(StackTraceElement frame) {
        return HANDLE_CLASSES.contains(frame.getClassName());
    }

    static String report(String type, Throwable site) {
        StringBuilder out = new StringBuilder()
                .append("LEAK: an `").append(type).append("` handle was garbage-collected without close(), ")
                .append("so the count it held is never released and the value's cleanup may never run. ")
                .append("Close every handle exactly once (try-with-resources), or pass it on to an owner ")
                .append("that does. Created at:");
        boolean user = false;
        for (StackTraceElement frame : site.getStackTrace()) {
            user |= !isOwnFrame(frame);
            if (user) {
                out.append(System.lineSeparator()).append("\tat ").append(frame);
            }
        }
        return out.toString();
    }

    /** The record of one tracked handle; refers to nothing that could keep the handle reachable. */
    public static final class Leak implements Runnable {
        private final String type;
        private final Throwable site;
        private volatile boolean closed;
        private Cleaner.Cleanable cleanable;

        private Leak(String type, Throwable site) {
            this.type = type;
            this.site = site;
        }

        /** Marks the handle closed: it will not be reported. Called once, by the handle's close. */
        public void close() {
            closed = true;
            cleanable.clean();
        }

        /** Run once: by {@link #close()}, or by the cleaner after the handle became unreachable. */
        @Override
        public void run() {
            OPEN.remove(this);
            if (!closed) {
                reporter.accept(report(type, site));
            }
        }
    }

    // Created on first use only: the cleaner starts a thread, which a process that never tracks
    // anything should not pay for.
    private static final class CleanerHolder {
        static final Cleaner CLEANER = Cleaner.create();
    }
}
