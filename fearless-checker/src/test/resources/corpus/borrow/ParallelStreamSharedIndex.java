import java.util.List;
import java.util.stream.IntStream;

class ParallelStreamSharedIndex {
    int[] halves(int n) {
        int[] out = new int[n];
        IntStream.range(0, n).parallel().map(i -> i / 2).forEach(i -> out[i]++);
        return out;
    }

    int[] total(int n) {
        int[] sum = new int[1];
        IntStream.range(0, n).parallel().forEach(i -> sum[0] += i);
        return sum;
    }

    int[] byValue(List<Integer> keys) {
        int[] counts = new int[16];
        keys.parallelStream().forEach(k -> counts[k]++);
        return counts;
    }
}
