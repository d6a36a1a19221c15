import java.util.ArrayList;
import java.util.List;

class DefaultHandlerCollectsFailures {
    List<Throwable> install() {
        List<Throwable> failures = new ArrayList<>();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> failures.add(failure));
        return failures;
    }
}
