import java.util.ArrayList;
import java.util.List;

class StaticListChanged {
    static final List<String> LOG = new ArrayList<>();

    void run() {
        new Thread(() -> LOG.add("started")).start();
    }
}
