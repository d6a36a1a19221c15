import dev.fearless.marker.NotSend;
import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;
import dev.fearless.thread.Threads;

class UserNotSendWithAlternative {
    @NotSend(reason = "it caches the current thread's connection", alternative = "UserNotSendWithAlternative.PooledClient")
    static final class LocalClient<R> {
    }

    @Send(ifSend = "R")
    @Sync(ifSend = "R")
    static final class PooledClient<R> {
    }

    void run() {
        LocalClient<String> client = new LocalClient<>();
        Threads.spawn(() -> client.toString());
    }
}
