// options: strict
import dev.fearless.thread.Threads;

class UnknownTypesStrict {
    interface Service {
        String call();
    }

    <T> void run(T item, Service service) {
        Threads.spawn(() -> "" + item + service.call());
    }
}
