// expect: no diagnostic
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class RequestHandlerPool {
    record Request(UUID id, String path, Map<String, String> headers) {
        Request {
            headers = Map.copyOf(headers);
        }
    }

    private final ExecutorService workers = Executors.newCachedThreadPool();

    Future<String> handle(Request request) {
        String server = "fearless/1.0";
        return workers.submit(() -> server + " " + request.id() + " " + request.path()
                + " " + request.headers().getOrDefault("Accept", "*/*"));
    }
}
