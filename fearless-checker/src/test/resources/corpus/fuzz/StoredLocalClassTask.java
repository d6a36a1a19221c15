// Found by the differential fuzzer: a task object of a local class kept in a local before it is handed over
// is the same hand-off as `new Thread(new Task()).start()`: `box` crosses with it and is changed afterwards.
class StoredLocalClassTask {
    static final class Box {
        int v;

        int bump() {
            return ++v;
        }
    }

    void run() {
        Box box = new Box();
        class Task implements Runnable {
            @Override
            public void run() {
                box.bump();
            }
        }
        Runnable task = new Task();
        new Thread(task).start();
        box.v = 3;
    }
}
