import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;
import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class MarkerConditionsOnUserType {
    @Send(ifSend = "T")
    @Sync(ifSend = "T")
    static final class Guarded<T> {
        private T value;

        Guarded(T value) {
            this.value = value;
        }
    }

    void run() {
        Guarded<String> fine = new Guarded<>("ok");
        Guarded<Rc<String>> bad = new Guarded<>(Rc.of("no"));
        Threads.spawn(() -> System.out.println(fine.hashCode()));
        Threads.spawn(() -> System.out.println(bad.hashCode()));
    }
}
