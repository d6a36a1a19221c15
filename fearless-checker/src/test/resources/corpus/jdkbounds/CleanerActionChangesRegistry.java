import java.lang.ref.Cleaner;
import java.util.HashSet;
import java.util.Set;

class CleanerActionChangesRegistry {
    private static final Cleaner CLEANER = Cleaner.create();

    void demo() {
        Set<String> open = new HashSet<>();
        Object handle = new Object();
        CLEANER.register(handle, () -> open.remove("a"));
        open.add("a");
    }
}
