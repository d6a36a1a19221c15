import dev.fearless.rc.Rc;

import java.util.ArrayList;
import java.util.List;

class LocalClassCaptures {
    void run() {
        Rc<String> name = Rc.of("task");
        List<String> log = new ArrayList<>();
        class Task implements Runnable {
            @Override
            public void run() {
                log.add(name.get());
            }
        }
        new Thread(new Task()).start();
        log.add("main");
    }
}
