// expect: no diagnostic
import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class CreatedInsideLambda {
    void run() {
        Threads.spawn(() -> {
            Rc<String> local = Rc.of("mine");
            Rc<String> other = local.clone();
            return other.get().length();
        }).join();
    }
}
