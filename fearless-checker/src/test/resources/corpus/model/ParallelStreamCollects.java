// expect: no diagnostic
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

class ParallelStreamCollects {
    Map<Boolean, List<Integer>> run(List<Integer> input) {
        int limit = 10;
        return input.parallelStream().collect(Collectors.partitioningBy(x -> x > limit));
    }
}
