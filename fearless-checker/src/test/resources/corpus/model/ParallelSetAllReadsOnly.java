// expect: no diagnostic
import java.util.Arrays;
import java.util.List;

class ParallelSetAllReadsOnly {
    int[] run(List<Integer> weights) {
        int[] out = new int[weights.size()];
        Arrays.parallelSetAll(out, i -> weights.get(i) * 2);
        return out;
    }
}
