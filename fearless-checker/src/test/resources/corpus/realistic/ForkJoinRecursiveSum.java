// expect: no diagnostic
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

class ForkJoinRecursiveSum {
    static final class Sum extends RecursiveTask<Long> {
        private final long[] values;
        private final int from;
        private final int to;

        Sum(long[] values, int from, int to) {
            this.values = values;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from < 1000) {
                long s = 0;
                for (int i = from; i < to; i++) {
                    s += values[i];
                }
                return s;
            }
            int mid = (from + to) >>> 1;
            Sum left = new Sum(values, from, mid);
            left.fork();
            return new Sum(values, mid, to).compute() + left.join();
        }
    }

    long sum(long[] values) {
        return ForkJoinPool.commonPool().invoke(new Sum(values, 0, values.length));
    }
}
