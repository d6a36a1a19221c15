import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The fixed version: the stream collects into sets of its own, and the caller adds the result. */
class CrawlerCollectsThenAdds {
    record Page(String url, List<String> links) {
    }

    private final Set<String> seen = new HashSet<>();

    Set<String> discover(List<Page> pages) {
        Set<String> found = pages.parallelStream()
                .flatMap(page -> page.links().stream())
                .filter(link -> link.startsWith("https://"))
                .collect(Collectors.toCollection(HashSet::new));
        seen.addAll(found);
        return found;
    }

    int seenCount() {
        return seen.size();
    }
}
