import java.util.ArrayList;
import java.util.List;

class StoredAnonymousClassThread {
    List<String> run() {
        List<String> lines = new ArrayList<>();
        Runnable reader = new Runnable() {
            @Override
            public void run() {
                lines.add("read");
            }
        };
        new Thread(reader).start();
        return lines;
    }
}
