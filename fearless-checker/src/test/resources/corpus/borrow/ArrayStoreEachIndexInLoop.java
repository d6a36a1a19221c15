// expect: no diagnostic
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class ArrayStoreEachIndexInLoop {
    int[] squares(int n) {
        int[] out = new int[n];
        List<JoinHandle<Void>> handles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            handles.add(Threads.spawn(() -> {
                out[index] = index * index;
            }));
        }
        handles.forEach(JoinHandle::join);
        return out;
    }
}
