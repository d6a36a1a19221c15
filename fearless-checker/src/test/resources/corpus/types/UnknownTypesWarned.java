// options: warn-unknown
import dev.fearless.thread.Threads;

class UnknownTypesWarned {
    interface Service {
        String call();
    }

    <T> void run(T item, Service service) {
        Threads.spawn(() -> "" + item + service.call());
    }
}
