import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Extracts links from fetched pages in parallel and adds them to the crawler's set of seen links. */
class CrawlerCollectsIntoSeenSet {
    record Page(String url, List<String> links) {
    }

    private final Set<String> seen = new HashSet<>();

    Set<String> discover(List<Page> pages) {
        return pages.parallelStream()
                .flatMap(page -> page.links().stream())
                .filter(link -> link.startsWith("https://"))
                .collect(Collectors.toCollection(() -> seen));
    }

    int seenCount() {
        return seen.size();
    }
}
