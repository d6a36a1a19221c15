// expect: no diagnostic
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

class DefaultHandlerCollectsFailuresFixed {
    Queue<Throwable> install() {
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> failures.add(failure));
        return failures;
    }
}
