import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

class CompletedFutureChain {
    record Order(String id, int cents) {
    }

    int price(Order o) {
        return o.cents();
    }

    List<Integer> cached(Order order) {
        List<Integer> totals = new ArrayList<>();
        CompletableFuture.completedFuture(order)
                .thenApply(this::price)
                .thenAccept(p -> totals.add(p));
        totals.add(0);
        return totals;
    }

    List<Integer> computed(Order order) {
        List<Integer> totals = new ArrayList<>();
        CompletableFuture.supplyAsync(() -> order)
                .thenApply(this::price)
                .thenAccept(p -> totals.add(p));
        totals.add(0);
        return totals;
    }

    List<Integer> switchedToAsync(Order order) {
        List<Integer> totals = new ArrayList<>();
        CompletableFuture.completedFuture(order)
                .thenApplyAsync(this::price)
                .thenAccept(p -> totals.add(p));
        totals.add(0);
        return totals;
    }
}
