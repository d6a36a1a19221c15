import dev.fearless.rc.Rc;

import java.util.concurrent.Executor;

class CustomExecutorSubtype {
    static final class NamedExecutor implements Executor {
        @Override
        public void execute(Runnable command) {
            new Thread(command, "named").start();
        }
    }

    void run(NamedExecutor executor) {
        Rc<String> name = Rc.of("job");
        executor.execute(() -> System.out.println(name.get()));
    }
}
