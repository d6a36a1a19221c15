// expect: no diagnostic
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

class ParallelCallReadsSharedMap {
    int run() {
        Map<Integer, Integer> squares = new HashMap<>();
        squares.put(2, 4);
        return IntStream.range(0, 100).parallel().map(i -> squares.getOrDefault(i, 0)).sum();
    }
}
