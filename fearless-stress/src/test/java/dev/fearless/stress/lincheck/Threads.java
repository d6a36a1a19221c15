package dev.fearless.stress.lincheck;

import java.util.ArrayList;
import java.util.List;

/** Starts plain threads inside a Lincheck test body and joins them (Lincheck schedules them). */
final class Threads {
    private Threads() {
    }

    static void runBoth(Runnable first, Runnable second) {
        runAll(first, second);
    }

    static void runAll(Runnable... bodies) {
        List<Thread> threads = new ArrayList<>();
        for (Runnable body : bodies) {
            Thread thread = new Thread(body);
            threads.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
