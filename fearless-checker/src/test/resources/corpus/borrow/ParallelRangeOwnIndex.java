// expect: no diagnostic
import java.util.stream.IntStream;
import java.util.stream.LongStream;

class ParallelRangeOwnIndex {
    double[] roots(double[] in) {
        double[] out = new double[in.length];
        IntStream.range(0, in.length).parallel().forEach(i -> out[i] = Math.sqrt(in[i]));
        return out;
    }

    long[] evens(int n) {
        long[] out = new long[n + 1];
        LongStream.rangeClosed(0, n).parallel().filter(i -> i % 2 == 0).forEach(i -> out[(int) i] += i);
        IntStream.rangeClosed(0, n).parallel().filter(i -> i % 2 == 0).forEach(i -> out[i] += i);
        return out;
    }
}
