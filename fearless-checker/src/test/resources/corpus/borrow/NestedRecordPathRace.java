import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class NestedRecordPathRace {
    record Cart(List<String> items) {
    }

    record Customer(String name, Cart cart) {
    }

    int run() {
        Customer c = new Customer("ann", new Cart(new ArrayList<>()));
        Threads.spawn(() -> System.out.println(c.cart().items()));
        c.cart().items().add("book");
        return c.cart().items().size();
    }
}
