import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

// A bean's method changes its own list; the task calls it on a captured bean that the caller keeps using.
class CartBeanSetterFromTask {
    static final class Cart {
        private final List<String> items = new ArrayList<>();

        void add(String item) {
            items.add(item);
        }

        int size() {
            return items.size();
        }
    }

    int fill(ExecutorService pool) {
        Cart cart = new Cart();
        pool.execute(() -> cart.add("book"));
        cart.add("pen");
        return cart.size();
    }
}
