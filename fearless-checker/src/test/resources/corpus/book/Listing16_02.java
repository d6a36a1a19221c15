// expect: no diagnostic
// The Rust Book, listing 16-2: the JoinHandle makes main wait for the spawned thread.
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

class Listing16_02 {
    public static void main(String[] args) {
        JoinHandle<Void> handle = Threads.spawn(() -> {
            for (int i = 1; i < 10; i++) {
                System.out.println("hi number " + i + " from the spawned thread!");
            }
        });
        for (int i = 1; i < 5; i++) {
            System.out.println("hi number " + i + " from the main thread!");
        }
        handle.join();
    }
}
