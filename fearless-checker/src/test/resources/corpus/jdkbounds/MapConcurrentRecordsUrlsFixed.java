// expect: no diagnostic
// requires: javac 24
import java.util.List;
import java.util.stream.Gatherers;

class MapConcurrentRecordsUrlsFixed {
    List<Integer> sizes(List<String> urls) {
        return urls.stream().gather(Gatherers.mapConcurrent(4, url -> url.length())).toList();
    }
}
