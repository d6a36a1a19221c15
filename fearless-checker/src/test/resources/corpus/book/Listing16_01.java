// expect: no diagnostic
// The Rust Book, listing 16-1: a new thread prints while the main thread prints.
import dev.fearless.thread.Threads;

class Listing16_01 {
    public static void main(String[] args) throws InterruptedException {
        Threads.spawn(() -> {
            for (int i = 1; i < 10; i++) {
                System.out.println("hi number " + i + " from the spawned thread!");
                sleepMillis(1);
            }
        });
        for (int i = 1; i < 5; i++) {
            System.out.println("hi number " + i + " from the main thread!");
            sleepMillis(1);
        }
    }

    static void sleepMillis(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
