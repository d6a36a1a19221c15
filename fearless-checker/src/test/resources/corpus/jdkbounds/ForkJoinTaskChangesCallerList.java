import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

class ForkJoinTaskChangesCallerList {
    List<String> scan(ForkJoinPool pool, List<String> paths) {
        List<String> found = new ArrayList<>();
        ForkJoinTask<Void> task = pool.submit(new RecursiveAction() {
            @Override
            protected void compute() {
                for (String path : paths) {
                    if (path.endsWith(".java")) {
                        found.add(path);
                    }
                }
            }
        });
        found.add("(scanning)");
        task.join();
        return found;
    }
}
