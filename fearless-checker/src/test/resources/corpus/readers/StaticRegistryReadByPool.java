import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

// A static registry: pool tasks walk it while any caller may add to it.
final class StaticRegistryReadByPool {
    private static final List<String> NAMES = new ArrayList<>();

    static void add(String name) {
        NAMES.add(name);
    }

    static void printAll(ExecutorService pool) {
        pool.submit(() -> NAMES.forEach(System.out::println));
    }
}
