// expect: no diagnostic
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

// The consumer's documented way to stop a poll loop from another thread: wakeup() from a shutdown hook.
class KafkaConsumerWakeupFromShutdownHook {
    void run(Properties config, ScheduledExecutorService deadline) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> consumer.wakeup()));
        deadline.schedule(consumer::wakeup, 10, TimeUnit.MINUTES);
        try {
            consumer.subscribe(List.of("orders"));
            while (true) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    System.out.println(r.key());
                }
                consumer.commitSync();
            }
        } finally {
            consumer.close();
        }
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

    public void wakeup() {
    }

    public void close() {
    }
}
// file: org/apache/kafka/clients/consumer/Consumer.java
package org.apache.kafka.clients.consumer;

public interface Consumer<K, V> extends AutoCloseable {
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
