// expect: no diagnostic
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

class ImmutableConfigRecord {
    record Endpoint(String host, int port) {
    }

    record Config(List<Endpoint> endpoints, Duration timeout, String userAgent) {
        Config {
            endpoints = List.copyOf(endpoints);
        }
    }

    List<String> probeAll(Config config) {
        List<JoinHandle<String>> probes = new ArrayList<>();
        for (Endpoint endpoint : config.endpoints()) {
            probes.add(Threads.spawn(() -> endpoint.host() + ":" + endpoint.port() + " within "
                    + config.timeout().toMillis() + "ms as " + config.userAgent()));
        }
        List<String> results = new ArrayList<>();
        for (JoinHandle<String> p : probes) {
            results.add(p.join());
        }
        return results;
    }
}
