// expect: no diagnostic
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.concurrent.CompletableFuture;

class SendAsyncCollectsStatusesFixed {
    int fetch(HttpClient client, List<URI> uris) {
        List<CompletableFuture<HttpResponse<String>>> pending = uris.stream()
                .map(uri -> client.sendAsync(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString()))
                .toList();
        return pending.stream().map(CompletableFuture::join).mapToInt(r -> r.body().length()).sum();
    }
}
