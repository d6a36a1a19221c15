// expect: no diagnostic
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executor;

class SkipListLeaderboard {
    private final ConcurrentSkipListMap<Integer, String> byScore = new ConcurrentSkipListMap<>();

    void record(Executor executor, String player, int score) {
        executor.execute(() -> byScore.merge(score, player, (a, b) -> a + "," + b));
    }

    String leader() {
        var last = byScore.lastEntry();
        return last == null ? "" : last.getValue();
    }
}
