// expect: no diagnostic
// options: strict
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

class RoutesImmutableMapOfImmutableLists {
    private final AtomicReference<ImmutableMap<String, ImmutableList<String>>> backends;

    RoutesImmutableMapOfImmutableLists(Map<String, String> config) {
        ImmutableMap.Builder<String, ImmutableList<String>> routes = ImmutableMap.builder();
        config.forEach((prefix, hosts) -> routes.put(prefix, ImmutableList.copyOf(hosts.split(","))));
        this.backends = new AtomicReference<>(routes.build());
    }

    Future<String> route(ExecutorService pool, String path) {
        return pool.submit(() -> path + " -> " + backends.get().getOrDefault(path, ImmutableList.of()));
    }

    void markDown(ExecutorService healthChecks, String prefix, String host) {
        healthChecks.execute(() -> backends.updateAndGet(routes -> without(routes, prefix, host)));
    }

    private static ImmutableMap<String, ImmutableList<String>> without(
            ImmutableMap<String, ImmutableList<String>> routes, String prefix, String host) {
        ImmutableMap.Builder<String, ImmutableList<String>> next = ImmutableMap.builder();
        routes.forEach((p, hosts) -> next.put(p, p.equals(prefix) ? ImmutableList.copyOf(
                hosts.stream().filter(h -> !h.equals(host)).toArray(String[]::new)) : hosts));
        return next.build();
    }
}
// file: com/google/common/collect/ImmutableCollection.java
package com.google.common.collect;

public abstract class ImmutableCollection<E> extends java.util.AbstractCollection<E> {
}
// file: com/google/common/collect/ImmutableList.java
package com.google.common.collect;

public abstract class ImmutableList<E> extends ImmutableCollection<E> implements java.util.List<E> {
    public static <E> ImmutableList<E> of() {
        return null;
    }

    @SafeVarargs
    public static <E> ImmutableList<E> copyOf(E... elements) {
        return null;
    }
}
// file: com/google/common/collect/ImmutableMap.java
package com.google.common.collect;

public abstract class ImmutableMap<K, V> implements java.util.Map<K, V> {
    public static <K, V> Builder<K, V> builder() {
        return new Builder<>();
    }

    public static class Builder<K, V> {
        public Builder<K, V> put(K key, V value) {
            return this;
        }

        public ImmutableMap<K, V> build() {
            return null;
        }
    }
}
