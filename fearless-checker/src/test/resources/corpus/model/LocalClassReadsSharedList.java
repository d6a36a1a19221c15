// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

class LocalClassReadsSharedList {
    int run(Executor pool) {
        List<String> log = new ArrayList<>();
        log.add("x");
        class Printer implements Runnable {
            @Override
            public void run() {
                System.out.println(log.size());
            }
        }
        pool.execute(new Printer());
        return log.size();
    }
}
