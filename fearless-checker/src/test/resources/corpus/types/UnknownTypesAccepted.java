// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.function.Supplier;

class UnknownTypesAccepted {
    interface Service {
        String call();
    }

    static class Base {
        int value;
    }

    <T> void run(T item, Service service, Base base, Object any, Supplier<String> source) {
        Threads.spawn(() -> "" + item + service.call() + base.value + any + source.get()).join();
    }
}
