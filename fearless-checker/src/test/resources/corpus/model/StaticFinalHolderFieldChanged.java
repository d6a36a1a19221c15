import java.util.HashMap;
import java.util.Map;

class StaticFinalHolderFieldChanged {
    static class Settings {
        final Map<String, String> values = new HashMap<>();
    }

    static final Settings CURRENT = new Settings();

    void load(String key, String value) {
        new Thread(() -> CURRENT.values.put(key, value)).start();
    }
}
