import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

// The task is built once in the constructor and handed to the pool on every tick.
class FieldLambdaSetInConstructor {
    private final ExecutorService pool;
    private final List<String> seen = new ArrayList<>();
    private final Runnable onTick;

    FieldLambdaSetInConstructor(ExecutorService pool, String name) {
        this.pool = pool;
        this.onTick = () -> seen.add(name);
    }

    void tick() {
        pool.execute(onTick);
    }
}
