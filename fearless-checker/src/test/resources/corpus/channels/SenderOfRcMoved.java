// The port of rustc's channel_rc_send anchor: a Sender<Rc<..>> moved into a thread.
import dev.fearless.rc.Rc;
import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.Sender;
import dev.fearless.thread.Threads;

class SenderOfRcMoved {
    public static void main(String[] args) {
        Channel<Rc<Integer>> channel = Channel.unbounded();
        Sender<Rc<Integer>> tx = channel.sender();
        Threads.spawn(() -> tx.send(Rc.of(5)));
        System.out.println(channel.receiver().recv().get());
    }
}
