// The port of rustc's rc_return_spawn anchor: the thread's result crosses back to the joining thread.
import dev.fearless.rc.Rc;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

class RcReturnedFromSpawn {
    public static void main(String[] args) {
        JoinHandle<Rc<Integer>> handle = Threads.spawn(() -> Rc.of(5));
        Rc<Integer> value = handle.join();
        System.out.println(value.get());
    }
}
