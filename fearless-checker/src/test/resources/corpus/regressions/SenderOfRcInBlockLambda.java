import dev.fearless.rc.Rc;
import dev.fearless.sync.mpsc.Channel;
import dev.fearless.thread.Threads;

// One cause, one error: the captured sender and the value it sends carry the same Rc.
class SenderOfRcInBlockLambda {
    void run() {
        var channel = Channel.<Rc<Integer>>unbounded();
        var tx = channel.sender();
        Threads.spawn(() -> {
            tx.send(Rc.of(5));
        });
    }
}
