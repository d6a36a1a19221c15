// expect: no diagnostic
// options: strict
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;

class KafkaConsumerPerThread {
    private volatile boolean running = true;

    void start(Properties config) {
        for (int i = 0; i < 2; i++) {
            KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
            consumer.subscribe(List.of("orders"));
            Thread worker = new Thread(() -> {
                try (consumer) {
                    while (running) {
                        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                        for (ConsumerRecord<String, String> record : records) {
                            handle(record.key(), record.value());
                        }
                        consumer.commitSync();
                    }
                }
            }, "orders-" + i);
            worker.start();
        }
    }

    void stop() {
        running = false;
    }

    private void handle(String key, String value) {
        System.out.println(key + " -> " + value);
    }
}
// file: org/apache/kafka/clients/consumer/KafkaConsumer.java
package org.apache.kafka.clients.consumer;

import java.time.Duration;
import java.util.Collection;
import java.util.Properties;

public class KafkaConsumer<K, V> implements Consumer<K, V> {
    public KafkaConsumer(Properties properties) {
    }

    public void subscribe(Collection<String> topics) {
    }

    public ConsumerRecords<K, V> poll(Duration timeout) {
        return new ConsumerRecords<>();
    }

    public void commitSync() {
    }

    public void close() {
    }
}
// file: org/apache/kafka/clients/consumer/Consumer.java
package org.apache.kafka.clients.consumer;

public interface Consumer<K, V> extends AutoCloseable {
    void close();
}
// file: org/apache/kafka/clients/consumer/ConsumerRecords.java
package org.apache.kafka.clients.consumer;

import java.util.Collections;
import java.util.Iterator;

public class ConsumerRecords<K, V> implements Iterable<ConsumerRecord<K, V>> {
    public Iterator<ConsumerRecord<K, V>> iterator() {
        return Collections.emptyIterator();
    }
}
// file: org/apache/kafka/clients/consumer/ConsumerRecord.java
package org.apache.kafka.clients.consumer;

public class ConsumerRecord<K, V> {
    private final K key;
    private final V value;

    public ConsumerRecord(K key, V value) {
        this.key = key;
        this.value = value;
    }

    public K key() {
        return key;
    }

    public V value() {
        return value;
    }
}
