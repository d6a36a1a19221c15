import dev.fearless.marker.Send;
import dev.fearless.rc.Rc;

class UserSendParameter {
    static void inBackground(@Send Runnable task) {
        new Thread(task).start();
    }

    void run() {
        Rc<String> name = Rc.of("job");
        inBackground(() -> System.out.println(name.get()));
    }
}
