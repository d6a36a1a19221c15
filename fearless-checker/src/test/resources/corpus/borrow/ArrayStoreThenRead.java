import dev.fearless.thread.Threads;

class ArrayStoreThenRead {
    int run() {
        int[] counts = new int[1];
        Threads.spawn(() -> counts[0]++);
        return counts[0];
    }
}
