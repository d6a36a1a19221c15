package dev.fearless.sync.mpsc;

import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many threads on one channel at once: every message is delivered exactly once, in each producer's
 * order; bounded channels never hold more than their capacity; closing races lose nothing.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChannelContentionTest {
    private static final int PRODUCERS = 4;
    private static final int ROUNDS = 5;

    /** A message: which producer sent it and its sequence number there. */
    record Message(int producer, int seq) {
    }

    /** -1: unbounded; otherwise the capacity. */
    @ParameterizedTest
    @ValueSource(ints = {-1, 1, 4, 0})
    void manyProducersDeliverEveryMessageOnceInProducerOrder(int capacity) {
        int perProducer = capacity == 0 ? 300 : 3000;
        for (int round = 0; round < ROUNDS; round++) {
            Channel<Message> channel = capacity < 0 ? Channel.unbounded() : Channel.bounded(capacity);
            AtomicLong completedSends = new AtomicLong();
            List<JoinHandle<Void>> producers = new ArrayList<>();
            List<Sender<Message>> senders = clones(channel.sender(), PRODUCERS);
            for (int p = 0; p < PRODUCERS; p++) {
                Sender<Message> tx = senders.get(p);
                int producer = p;
                producers.add(Threads.spawn(() -> {
                    try (tx) {
                        for (int seq = 0; seq < perProducer; seq++) {
                            assertThat(tx.send(new Message(producer, seq))).isEmpty();
                            completedSends.incrementAndGet();
                        }
                    }
                }));
            }
            int[] next = new int[PRODUCERS];
            long received = 0;
            for (Message m : channel.receiver()) {
                if (capacity >= 0) {
                    // A finished send's message is in the buffer or received already (rendezvous: received).
                    assertThat(completedSends.get()).isLessThanOrEqualTo(received + 1 + capacity);
                }
                assertThat(m.seq()).isEqualTo(next[m.producer()]);
                next[m.producer()]++;
                received++;
            }
            producers.forEach(JoinHandle::join);
            assertThat(next).containsOnly(perProducer);
            assertThat(received).isEqualTo((long) PRODUCERS * perProducer);
        }
    }

    @RepeatedTest(ROUNDS)
    void oneSenderSharedByManyThreads() {
        Channel<Message> channel = Channel.bounded(8);
        Sender<Message> shared = channel.sender();
        int perThread = 2000;
        JoinHandle<Long> consumer = Threads.spawn(() -> {
            int[] next = new int[PRODUCERS];
            long count = 0;
            for (Message m : channel.receiver()) {
                assertThat(m.seq()).isEqualTo(next[m.producer()]++);
                count++;
            }
            return count;
        });
        Threads.scope(s -> {
            for (int p = 0; p < PRODUCERS; p++) {
                int producer = p;
                s.spawn(() -> {
                    for (int seq = 0; seq < perThread; seq++) {
                        shared.send(new Message(producer, seq));
                    }
                });
            }
            return null;
        });
        shared.close();
        assertThat(consumer.join()).isEqualTo((long) PRODUCERS * perThread);
    }

    @RepeatedTest(ROUNDS)
    void sendersClosingConcurrentlyDisconnectOnlyAfterTheLastOne() {
        Channel<Integer> channel = Channel.unbounded();
        List<Sender<Integer>> senders = clones(channel.sender(), 16);
        CountDownLatch start = new CountDownLatch(1);
        List<JoinHandle<Void>> closers = new ArrayList<>();
        for (Sender<Integer> tx : senders) {
            closers.add(Threads.spawn(() -> {
                await(start);
                tx.send(1);
                tx.close();
            }));
        }
        start.countDown();
        int sum = 0;
        for (int v : channel.receiver()) {
            sum += v;
        }
        closers.forEach(JoinHandle::join);
        assertThat(sum).isEqualTo(senders.size()); // the for-each ended only after every sender's message
    }

    /**
     * The receiver closes while producers are sending into a small buffer: each message ends exactly
     * once, received, handed back to its sender, or cleaned up by the receiver's close.
     */
    @ParameterizedTest
    @ValueSource(ints = {-1, 2, 0})
    void receiverCloseRacingWithSendersLosesNothing(int capacity) {
        for (int round = 0; round < ROUNDS * 2; round++) {
            Channel<Tracked> channel = capacity < 0 ? Channel.unbounded() : Channel.bounded(capacity);
            AtomicInteger handedBack = new AtomicInteger();
            AtomicInteger created = new AtomicInteger();
            List<Sender<Tracked>> senders = clones(channel.sender(), PRODUCERS);
            List<JoinHandle<Void>> producers = new ArrayList<>();
            for (Sender<Tracked> tx : senders) {
                producers.add(Threads.spawn(() -> {
                    try (tx) {
                        for (int i = 0; i < 500; i++) {
                            Tracked t = new Tracked();
                            created.incrementAndGet();
                            Optional<Tracked> back = tx.send(t);
                            if (back.isPresent()) {
                                assertThat(back.get()).isSameAs(t);
                                handedBack.incrementAndGet();
                            }
                        }
                    }
                }));
            }
            Receiver<Tracked> rx = channel.receiver();
            List<Tracked> received = new ArrayList<>();
            int take = 50 + round * 20;
            for (int i = 0; i < take; i++) {
                Optional<Tracked> m = rx.recvTimeout(Duration.ofSeconds(5));
                m.ifPresent(received::add);
            }
            rx.close();
            producers.forEach(JoinHandle::join);
            int cleanedUp = Tracked.closed.getAndSet(0);
            assertThat(received.size() + handedBack.get() + cleanedUp).isEqualTo(created.get());
            assertThat(received).allMatch(t -> t.closes.get() == 0);
        }
    }

    /** A message that counts its cleanups. */
    static final class Tracked implements AutoCloseable {
        static final AtomicInteger closed = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();

        @Override
        public void close() {
            assertThat(closes.incrementAndGet()).isEqualTo(1);
            closed.incrementAndGet();
        }
    }

    @RepeatedTest(ROUNDS)
    void rendezvousPingPong() {
        Channel<Integer> ping = Channel.bounded(0);
        Channel<Integer> pong = Channel.bounded(0);
        Sender<Integer> pongTx = pong.sender();
        JoinHandle<Void> echo = Threads.spawn(() -> {
            try (pongTx) {
                for (int v : ping.receiver()) {
                    pongTx.send(v + 1);
                }
            }
        });
        try (Sender<Integer> pingTx = ping.sender()) {
            for (int i = 0; i < 200; i++) {
                pingTx.send(i);
                assertThat(pong.receiver().recv()).isEqualTo(i + 1);
            }
        }
        echo.join();
        assertThatThrownBy(() -> pong.receiver().recv()).isInstanceOf(DisconnectedException.class);
    }

    /** {@code first} and clones of it, {@code n} senders in all, made before any thread can close one. */
    private static <T> List<Sender<T>> clones(Sender<T> first, int n) {
        List<Sender<T>> senders = new ArrayList<>();
        senders.add(first);
        for (int i = 1; i < n; i++) {
            senders.add(first.clone());
        }
        return senders;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
