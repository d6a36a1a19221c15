import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class EnumConstantFieldChanged {
    enum Registry {
        INSTANCE;

        final List<String> names = new ArrayList<>();
    }

    void register(ExecutorService pool, String name) {
        pool.submit(() -> Registry.INSTANCE.names.add(name));
    }
}
