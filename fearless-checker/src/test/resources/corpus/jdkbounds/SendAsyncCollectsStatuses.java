import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

class SendAsyncCollectsStatuses {
    int fetch(HttpClient client, List<URI> uris) {
        List<Integer> statuses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (URI uri : uris) {
            client.sendAsync(HttpRequest.newBuilder(uri).build(), info -> {
                statuses.add(info.statusCode());
                return BodySubscribers.ofString(StandardCharsets.UTF_8);
            }).thenAccept(response -> bodies.add(response.body()));
        }
        return statuses.size() + bodies.size();
    }
}
