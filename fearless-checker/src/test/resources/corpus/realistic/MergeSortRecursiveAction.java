// expect: no diagnostic
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

class MergeSortRecursiveAction {
    static final class Sort extends RecursiveAction {
        private final int[] a;
        private final int lo;
        private final int hi;

        Sort(int[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo < 64) {
                Arrays.sort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Sort(a, lo, mid), new Sort(a, mid, hi));
            int[] merged = new int[hi - lo];
            int i = lo;
            int j = mid;
            int k = 0;
            while (i < mid && j < hi) {
                merged[k++] = a[i] <= a[j] ? a[i++] : a[j++];
            }
            while (i < mid) {
                merged[k++] = a[i++];
            }
            while (j < hi) {
                merged[k++] = a[j++];
            }
            System.arraycopy(merged, 0, a, lo, merged.length);
        }
    }

    int[] sort(int[] input) {
        int[] copy = input.clone();
        ForkJoinPool.commonPool().invoke(new Sort(copy, 0, copy.length));
        return copy;
    }
}
