import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

// The boundary and the use are on the line javac shows with its caret: no snippet repeats that line.
class AllOnTheCaretLine {
    void run(Rc<String> name) {
        Threads.spawn(() -> System.out.println(name.get()));
    }
}
