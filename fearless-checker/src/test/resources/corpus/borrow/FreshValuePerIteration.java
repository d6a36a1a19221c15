// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class FreshValuePerIteration {
    void run(ExecutorService pool, List<String> words) {
        for (String w : words) {
            StringBuilder sb = new StringBuilder(w);
            List<Character> letters = new ArrayList<>();
            pool.execute(() -> {
                sb.reverse();
                for (char c : sb.toString().toCharArray()) {
                    letters.add(c);
                }
            });
        }
    }
}
