package dev.fearless.thread;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects, instead of printing, the failures that spawned threads report to the default
 * uncaught-exception handler during each test, so that tests of deliberate panics keep the build log
 * readable and can assert what was reported. Use with {@code @ExtendWith(PanicReports.class)}.
 */
public final class PanicReports implements BeforeEachCallback, AfterEachCallback {
    private static final List<Throwable> REPORTED = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    /** What spawned threads reported during the current test, in order. */
    public static List<Throwable> reported() {
        return REPORTED;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        REPORTED.clear();
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> REPORTED.add(failure));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }
}
