import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.concurrent.Executor;

class FieldFormatterShared {
    private final SimpleDateFormat format = new SimpleDateFormat("HH:mm");

    void log(Executor executor, Date when) {
        executor.execute(() -> System.out.println(format.format(when)));
    }
}
