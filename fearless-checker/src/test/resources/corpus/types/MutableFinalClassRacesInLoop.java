import dev.fearless.thread.Threads;

class MutableFinalClassRacesInLoop {
    static final class Stats {
        private int hits;
    }

    void run() {
        Stats stats = new Stats();
        for (int i = 0; i < 4; i++) {
            Threads.spawn(() -> stats.hits++);
        }
    }
}
