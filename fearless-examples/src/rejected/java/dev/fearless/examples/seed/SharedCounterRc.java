package dev.fearless.examples.seed;

import dev.fearless.rc.Rc;
import dev.fearless.sync.Mutex;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

/** The Rust Book's shared counter (ch. 16) with {@code Rc}: rejected at compile time, as rustc rejects it. */
public final class SharedCounterRc {
    /** Starts ten threads that each add one to the shared counter, joins them and prints the total. */
    public static void main(String[] args) {
        Rc<Mutex<Integer>> shared = Rc.of(Mutex.of(0));
        List<JoinHandle<Void>> handles = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            Rc<Mutex<Integer>> counter = shared.clone();
            JoinHandle<Void> handle = Threads.spawn(() -> {
                try (counter; var num = counter.get().lock()) {
                    num.set(num.get() + 1);
                }
            });
            handles.add(handle);
        }

        for (JoinHandle<Void> handle : handles) {
            handle.join();
        }

        try (shared; var num = shared.get().lock()) {
            System.out.println("Result: " + num.get());
        }
    }
}
