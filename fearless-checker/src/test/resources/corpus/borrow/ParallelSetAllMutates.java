import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class ParallelSetAllMutates {
    void run(int[] squares) {
        List<Integer> seen = new ArrayList<>();
        Arrays.parallelSetAll(squares, i -> {
            seen.add(i);
            return i * i;
        });
    }
}
