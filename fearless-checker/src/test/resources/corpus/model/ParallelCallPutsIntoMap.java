import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

class ParallelCallPutsIntoMap {
    Map<Integer, Integer> run() {
        Map<Integer, Integer> squares = new HashMap<>();
        IntStream.range(0, 100).parallel().forEach(i -> squares.put(i, i * i));
        return squares;
    }
}
