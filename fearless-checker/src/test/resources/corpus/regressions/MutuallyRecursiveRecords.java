import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

// B is not Send because its A holds an Rc, also when A was judged first.
class MutuallyRecursiveRecords {
    record A(B b, Rc<String> name) {
    }

    record B(A a) {
    }

    void run(A a, B b) {
        Threads.spawn(() -> System.out.println(a)).join();
        Threads.spawn(() -> System.out.println(b)).join();
    }
}
