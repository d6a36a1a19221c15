import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;

class ThreadLocalSharesFormat {
    private static final SimpleDateFormat FORMAT = new SimpleDateFormat("yyyy-MM-dd");
    private static final ThreadLocal<SimpleDateFormat> PER_THREAD = ThreadLocal.withInitial(() -> FORMAT);

    ThreadLocal<List<String>> buffers() {
        List<String> buffer = new ArrayList<>();
        return ThreadLocal.withInitial(() -> buffer);
    }
}
