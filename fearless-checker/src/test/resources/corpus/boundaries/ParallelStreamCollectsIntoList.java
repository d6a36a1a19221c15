import java.util.ArrayList;
import java.util.List;

class ParallelStreamCollectsIntoList {
    List<Integer> run(List<String> words) {
        List<Integer> lengths = new ArrayList<>();
        words.parallelStream().map(String::length).forEach(lengths::add);
        return lengths;
    }
}
