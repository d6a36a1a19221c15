// expect: no diagnostic
import java.lang.ref.Cleaner;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

class CleanerActionChangesRegistryFixed {
    private static final Cleaner CLEANER = Cleaner.create();

    void demo() {
        Set<String> open = ConcurrentHashMap.newKeySet();
        Object handle = new Object();
        CLEANER.register(handle, () -> open.remove("a"));
        open.add("a");
    }
}
