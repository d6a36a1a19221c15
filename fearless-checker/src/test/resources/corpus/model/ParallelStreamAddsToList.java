import java.util.ArrayList;
import java.util.List;

class ParallelStreamAddsToList {
    List<Integer> run(List<Integer> input) {
        List<Integer> out = new ArrayList<>();
        input.parallelStream().forEach(x -> out.add(x * 2));
        return out;
    }
}
