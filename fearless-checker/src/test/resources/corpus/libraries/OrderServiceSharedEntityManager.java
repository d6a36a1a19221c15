import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

class OrderServiceSharedEntityManager {
    static class Order {
        long id;
        String status;
    }

    private final EntityManager em;

    OrderServiceSharedEntityManager(EntityManagerFactory factory) {
        this.em = factory.createEntityManager();
    }

    CompletableFuture<String> statusLater(long id) {
        return CompletableFuture.supplyAsync(() -> describe(em.find(Order.class, id)));
    }

    List<Order> open() {
        return em.createQuery("select o from Order o where o.status = 'OPEN'", Order.class).getResultList();
    }

    private static String describe(Order order) {
        return order == null ? "unknown" : order.status;
    }
}
// file: jakarta/persistence/EntityManager.java
package jakarta.persistence;

public interface EntityManager extends AutoCloseable {
    <T> T find(Class<T> entityClass, Object primaryKey);

    <T> TypedQuery<T> createQuery(String query, Class<T> resultClass);

    void close();
}
// file: jakarta/persistence/EntityManagerFactory.java
package jakarta.persistence;

public interface EntityManagerFactory extends AutoCloseable {
    EntityManager createEntityManager();

    void close();
}
// file: jakarta/persistence/TypedQuery.java
package jakarta.persistence;

import java.util.List;

public interface TypedQuery<T> {
    List<T> getResultList();
}
