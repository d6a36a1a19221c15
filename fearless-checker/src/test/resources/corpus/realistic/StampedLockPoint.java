// expect: no diagnostic
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.StampedLock;

class StampedLockPoint {
    private double x;
    private double y;
    private final StampedLock sl = new StampedLock();

    void move(double dx, double dy) {
        long stamp = sl.writeLock();
        try {
            x += dx;
            y += dy;
        } finally {
            sl.unlockWrite(stamp);
        }
    }

    double distanceFromOrigin() {
        long stamp = sl.tryOptimisticRead();
        double cx = x;
        double cy = y;
        if (!sl.validate(stamp)) {
            stamp = sl.readLock();
            try {
                cx = x;
                cy = y;
            } finally {
                sl.unlockRead(stamp);
            }
        }
        return Math.hypot(cx, cy);
    }

    void jiggle(ExecutorService pool) {
        pool.execute(() -> move(1, 1));
        pool.execute(() -> System.out.println(distanceFromOrigin()));
    }
}
