import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

class HttpHandlerCountsHits {
    HttpServer start(int port) throws IOException {
        Map<String, Integer> hits = new HashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/", exchange -> {
            hits.merge(exchange.getRequestURI().getPath(), 1, Integer::sum);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return server;
    }
}
