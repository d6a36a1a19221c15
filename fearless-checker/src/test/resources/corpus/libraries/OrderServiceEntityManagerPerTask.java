// expect: no diagnostic
// options: strict
import java.util.concurrent.CompletableFuture;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

class OrderServiceEntityManagerPerTask {
    static class Order {
        long id;
        String status;
    }

    private final EntityManagerFactory factory;

    OrderServiceEntityManagerPerTask(EntityManagerFactory factory) {
        this.factory = factory;
    }

    CompletableFuture<String> statusLater(long id) {
        return CompletableFuture.supplyAsync(() -> {
            try (EntityManager em = factory.createEntityManager()) {
                return describe(em.find(Order.class, id));
            }
        });
    }

    private static String describe(Order order) {
        return order == null ? "unknown" : order.status;
    }
}
// file: jakarta/persistence/EntityManager.java
package jakarta.persistence;

public interface EntityManager extends AutoCloseable {
    <T> T find(Class<T> entityClass, Object primaryKey);

    void close();
}
// file: jakarta/persistence/EntityManagerFactory.java
package jakarta.persistence;

public interface EntityManagerFactory extends AutoCloseable {
    EntityManager createEntityManager();

    void close();
}
