import dev.fearless.marker.Send;
import dev.fearless.rc.Rc;

class SentRc {
    static <T> void handOff(@Send T value) {
    }

    void run() {
        Rc<String> name = Rc.of("a");
        handOff(name.clone());
    }
}
