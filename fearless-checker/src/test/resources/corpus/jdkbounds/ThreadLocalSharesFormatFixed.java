// expect: no diagnostic
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;

class ThreadLocalSharesFormatFixed {
    private static final String PATTERN = "yyyy-MM-dd";
    private static final ThreadLocal<SimpleDateFormat> PER_THREAD =
            ThreadLocal.withInitial(() -> new SimpleDateFormat(PATTERN));

    ThreadLocal<List<String>> buffers(int capacity) {
        return ThreadLocal.withInitial(() -> {
            List<String> buffer = new ArrayList<>(capacity);
            return buffer;
        });
    }

    String today(java.util.Date date) {
        return PER_THREAD.get().format(date);
    }
}
