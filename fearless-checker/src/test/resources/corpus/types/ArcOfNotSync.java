import dev.fearless.marker.NotSync;
import dev.fearless.sync.Arc;
import dev.fearless.thread.Threads;

class ArcOfNotSync {
    @NotSync(reason = "it counts hits without synchronization",
            help = "wrap it in a `Mutex`: `Arc<Mutex<HitCounter>>`")
    static final class HitCounter {
        int hits;
    }

    void run() {
        Arc<HitCounter> counter = Arc.of(new HitCounter());
        Arc<HitCounter> forThread = counter.clone();
        Threads.spawn(() -> forThread.get().hits++);
    }
}
