// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;

class AnonymousClassOwnFields {
    void run() {
        new Thread(new Runnable() {
            private final List<String> seen = new ArrayList<>();
            private int runs;

            @Override
            public void run() {
                runs++;
                seen.add("run " + runs);
            }
        }).start();
    }
}
