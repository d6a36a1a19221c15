// requires: javac 21
import dev.fearless.rc.Rc;

class PlatformThreadBuilderRc {
    void run() {
        Rc<String> name = Rc.of("worker");
        Thread.ofPlatform().name("printer").daemon(true).start(() -> System.out.println(name.get()));
    }
}
