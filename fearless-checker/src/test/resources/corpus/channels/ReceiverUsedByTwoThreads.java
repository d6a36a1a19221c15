import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.Receiver;
import dev.fearless.thread.Threads;

class ReceiverUsedByTwoThreads {
    void run() {
        Channel<String> channel = Channel.unbounded();
        Receiver<String> rx = channel.receiver();
        Threads.spawn(() -> System.out.println(rx.recv()));
        System.out.println(rx.recv());
    }
}
