import dev.fearless.marker.Send;
import dev.fearless.rc.Rc;

class UserSendParameterRc {
    static void later(@Send Runnable task) {
    }

    void run() {
        Rc<String> name = Rc.of("n");
        later(() -> System.out.println(name.get()));
    }
}
