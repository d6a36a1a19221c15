// requires: javac 24
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Gatherers;

class MapConcurrentRecordsUrls {
    List<Integer> sizes(List<String> urls) {
        List<String> fetched = new ArrayList<>();
        return urls.stream().gather(Gatherers.mapConcurrent(4, url -> {
            fetched.add(url);
            return url.length();
        })).toList();
    }
}
