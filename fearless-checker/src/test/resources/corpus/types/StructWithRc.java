import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class StructWithRc {
    record Config(Rc<String> name) {
    }

    record Session(int id, Config config) {
    }

    static String describe(Session s) {
        return s.id() + " " + s.config().name().get();
    }

    void run() {
        Session session = new Session(7, new Config(Rc.of("prod")));
        Threads.spawn(() -> System.out.println(describe(session))).join();
    }
}
