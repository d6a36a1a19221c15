// expect: no diagnostic
// options: strict
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.gson.Gson;
import okhttp3.OkHttpClient;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

class CrawlerSharedClients {
    record Page(String url, int status, List<String> links) {
    }

    private static final Gson GSON = new Gson();
    private static final ImmutableMap<String, String> HEADERS = ImmutableMap.of("User-Agent", "crawler/1.0");

    private final OkHttpClient http = new OkHttpClient();
    private final CloseableHttpClient legacy = HttpClients.createDefault();
    private final Cache<String, String> seen = CacheBuilder.newBuilder().maximumSize(10_000).build();
    private final KafkaProducer<String, String> pages;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    CrawlerSharedClients(KafkaProducer<String, String> pages) {
        this.pages = pages;
    }

    void crawl(ImmutableList<String> urls) {
        for (String url : urls) {
            pool.execute(() -> {
                if (seen.getIfPresent(url) != null) {
                    return;
                }
                seen.put(url, url);
                Page page = new Page(url, http.status(url, HEADERS), ImmutableList.of());
                legacy.touch(url);
                pages.send(new ProducerRecord<>("pages", url, GSON.toJson(page)));
            });
        }
    }
}
// file: com/google/gson/Gson.java
package com.google.gson;

public final class Gson {
    private final java.util.Map<String, Object> typeTokenCache = new java.util.HashMap<>();

    public String toJson(Object value) {
        return String.valueOf(value);
    }
}
// file: com/google/common/collect/ImmutableCollection.java
package com.google.common.collect;

public abstract class ImmutableCollection<E> extends java.util.AbstractCollection<E> {
}
// file: com/google/common/collect/ImmutableList.java
package com.google.common.collect;

import java.util.Collections;
import java.util.Iterator;

public abstract class ImmutableList<E> extends ImmutableCollection<E> implements java.util.List<E> {
    public static <E> ImmutableList<E> of() {
        return null;
    }
}
// file: com/google/common/collect/ImmutableMap.java
package com.google.common.collect;

public abstract class ImmutableMap<K, V> implements java.util.Map<K, V> {
    public static <K, V> ImmutableMap<K, V> of(K k1, V v1) {
        return null;
    }
}
// file: com/google/common/cache/Cache.java
package com.google.common.cache;

public interface Cache<K, V> {
    V getIfPresent(Object key);

    void put(K key, V value);
}
// file: com/google/common/cache/CacheBuilder.java
package com.google.common.cache;

public final class CacheBuilder<K, V> {
    public static CacheBuilder<Object, Object> newBuilder() {
        return new CacheBuilder<>();
    }

    public CacheBuilder<K, V> maximumSize(long size) {
        return this;
    }

    public <K1 extends K, V1 extends V> Cache<K1, V1> build() {
        return null;
    }
}
// file: okhttp3/OkHttpClient.java
package okhttp3;

public class OkHttpClient {
    public int status(String url, java.util.Map<String, String> headers) {
        return 200;
    }
}
// file: org/apache/http/impl/client/CloseableHttpClient.java
package org.apache.http.impl.client;

public abstract class CloseableHttpClient implements java.io.Closeable {
    public abstract void touch(String url);
}
// file: org/apache/http/impl/client/HttpClients.java
package org.apache.http.impl.client;

public final class HttpClients {
    public static CloseableHttpClient createDefault() {
        return new InternalHttpClient();
    }
}
// file: org/apache/http/impl/client/InternalHttpClient.java
package org.apache.http.impl.client;

class InternalHttpClient extends CloseableHttpClient {
    private int requests;

    @Override
    public void touch(String url) {
        requests++;
    }

    @Override
    public void close() {
    }
}
// file: org/apache/kafka/clients/producer/KafkaProducer.java
package org.apache.kafka.clients.producer;

public class KafkaProducer<K, V> {
    public void send(ProducerRecord<K, V> record) {
    }
}
// file: org/apache/kafka/clients/producer/ProducerRecord.java
package org.apache.kafka.clients.producer;

public class ProducerRecord<K, V> {
    public ProducerRecord(String topic, K key, V value) {
    }
}
