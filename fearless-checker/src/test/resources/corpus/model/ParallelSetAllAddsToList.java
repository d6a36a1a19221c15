import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class ParallelSetAllAddsToList {
    int[] run(int n) {
        List<Integer> seen = new ArrayList<>();
        int[] out = new int[n];
        Arrays.parallelSetAll(out, i -> {
            seen.add(i);
            return i * i;
        });
        return out;
    }
}
