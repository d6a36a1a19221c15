// expect: no diagnostic
import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.ExecutorService;

// A connector task publishes the socket it opened through a volatile field; stop() reads it once and closes it.
class VolatileFieldPublishedByTask {
    private volatile Socket socket;

    void start(ExecutorService pool) {
        pool.submit(new Runnable() {
            @Override
            public void run() {
                socket = new Socket();
            }
        });
    }

    void stop() throws IOException {
        Socket s = socket;
        if (s != null) {
            s.close();
        }
    }
}
