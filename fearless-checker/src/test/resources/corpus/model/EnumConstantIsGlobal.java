// expect: no diagnostic
import dev.fearless.thread.Threads;

class EnumConstantIsGlobal {
    enum Level {
        LOW(1), HIGH(9);

        private final int weight;

        Level(int weight) {
            this.weight = weight;
        }
    }

    void run() {
        Level chosen = Level.HIGH;
        Threads.spawn(() -> System.out.println(chosen.weight + Level.LOW.weight));
    }
}
