package dev.fearless.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.DisconnectedException;
import dev.fearless.sync.mpsc.Receiver;
import dev.fearless.sync.mpsc.Sender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** API.md, "Channels": {@code Channel}, {@code Sender}, {@code Receiver}. */
@Timeout(20)
class ChannelsContractTest {

    /** A buffered value whose cleanup is observable. */
    static final class Message implements AutoCloseable {
        final AtomicInteger closes = new AtomicInteger();

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    @Test
    void unboundedDeliversInOrderAndSendReturnsEmptyWhenSent() {
        Channel<Integer> ch = Channel.<Integer>unbounded();
        Sender<Integer> tx = ch.sender();
        Receiver<Integer> rx = ch.receiver();
        for (int i = 0; i < 5; i++) {
            assertThat(tx.send(i)).isEmpty();
        }
        for (int i = 0; i < 5; i++) {
            assertThat(rx.recv()).isEqualTo(i);
        }
        tx.close();
        rx.close();
    }

    @Test
    void sendHandsTheValueBackWhenTheReceiverIsGone() {
        Channel<Object> ch = Channel.unbounded();
        Sender<Object> tx = ch.sender();
        ch.receiver().close();
        Object value = new Object();
        assertThat(tx.send(value)).containsSame(value);
        tx.close();

        Channel<Object> bounded = Channel.bounded(1);
        Sender<Object> btx = bounded.sender();
        bounded.receiver().close();
        assertThat(btx.send(value)).containsSame(value);
        assertThat(btx.trySend(value)).containsSame(value);
        btx.close();
    }

    @Test
    void trySendOnABoundedChannelHandsTheValueBackWhenFull() {
        Channel<String> ch = Channel.bounded(1);
        Sender<String> tx = ch.sender();
        Receiver<String> rx = ch.receiver();
        assertThat(tx.trySend("a")).isEmpty();
        String b = new String("b");
        assertThat(tx.trySend(b)).containsSame(b);
        assertThat(rx.recv()).isEqualTo("a");
        assertThat(tx.trySend("c")).isEmpty();
        assertThat(rx.recv()).isEqualTo("c");
        tx.close();
        rx.close();
    }

    @Test
    void receiverCloseRunsTheCleanupOfBufferedValues() {
        Channel<Message> ch = Channel.unbounded();
        Sender<Message> tx = ch.sender();
        Receiver<Message> rx = ch.receiver();
        Message taken = new Message();
        Message left1 = new Message();
        Message left2 = new Message();
        tx.send(taken);
        tx.send(left1);
        tx.send(left2);
        assertThat(rx.recv()).isSameAs(taken);
        rx.close();
        assertThat(left1.closes).hasValue(1);
        assertThat(left2.closes).hasValue(1);
        assertThat(taken.closes).as("a received value is the receiver's caller's").hasValue(0);
        Message late = new Message();
        assertThat(tx.send(late)).containsSame(late);
        assertThat(late.closes).as("a value handed back is the sender's").hasValue(0);
        tx.close();
    }

    @Test
    void recvDrainsTheBufferThenThrowsDisconnectedOnceEverySenderIsClosed() {
        assertThat(RuntimeException.class).isAssignableFrom(DisconnectedException.class);
        Channel<Integer> ch = Channel.unbounded();
        Sender<Integer> tx = ch.sender();
        Sender<Integer> tx2 = tx.clone();
        assertThat(tx2).isNotSameAs(tx);
        Receiver<Integer> rx = ch.receiver();
        tx.send(1);
        tx.close();
        tx2.send(2);
        assertThat(rx.tryRecv()).contains(1);
        tx2.close();
        assertThat(rx.recv()).as("buffered values come first").isEqualTo(2);
        assertThatThrownBy(rx::recv).isInstanceOf(DisconnectedException.class);
        assertThatThrownBy(rx::tryRecv).isInstanceOf(DisconnectedException.class);
        assertThatThrownBy(() -> rx.recvTimeout(Duration.ofMillis(10))).isInstanceOf(DisconnectedException.class);
        rx.close();
    }

    @Test
    void recvWakesWithDisconnectedWhenTheLastSenderClosesWhileItWaits() throws Exception {
        Channel<Integer> ch = Channel.unbounded();
        Sender<Integer> tx = ch.sender();
        Receiver<Integer> rx = ch.receiver();
        CompletableFuture<Throwable> waiter = OnAnotherThread.start(() -> catchThrowable(rx::recv));
        tx.close();
        assertThat(waiter.get(10, TimeUnit.SECONDS)).isInstanceOf(DisconnectedException.class);
    }

    @Test
    void tryRecvAndRecvTimeoutAreEmptyWhenNothingArrivedYet() {
        Channel<Integer> ch = Channel.unbounded();
        Sender<Integer> tx = ch.sender();
        Receiver<Integer> rx = ch.receiver();
        assertThat(rx.tryRecv()).isEmpty();
        assertThat(rx.recvTimeout(Duration.ofMillis(10))).isEmpty();
        assertThat(rx.recvTimeout(Duration.ZERO)).isEmpty();
        tx.send(3);
        assertThat(rx.recvTimeout(Duration.ofMillis(Long.MAX_VALUE))).contains(3);
        tx.close();
        rx.close();
    }

    @Test
    void forEachEndsWhenEverySenderIsClosedAndTheBufferIsDrained() throws Exception {
        for (int round = 0; round < 20; round++) {
            Channel<Integer> ch = Channel.unbounded();
            Sender<Integer> tx = ch.sender();
            Receiver<Integer> rx = ch.receiver();
            int producers = 3;
            int each = 300;
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                Sender<Integer> mine = tx.clone();
                running.add(OnAnotherThread.start(() -> {
                    for (int i = 1; i <= each; i++) {
                        assertThat(mine.send(i)).isEmpty();
                    }
                    mine.close();
                    return null;
                }));
            }
            tx.close();
            long sum = 0;
            int count = 0;
            for (int v : rx) {
                sum += v;
                count++;
            }
            assertThat(count).isEqualTo(producers * each);
            assertThat(sum).isEqualTo((long) producers * each * (each + 1) / 2);
            for (CompletableFuture<Void> f : running) {
                f.get(10, TimeUnit.SECONDS);
            }
            rx.close();
        }
    }

    @Test
    void boundedChannelBlocksTheSenderWhenFullUnderContention() throws Exception {
        Channel<Integer> ch = Channel.bounded(2);
        Sender<Integer> tx = ch.sender();
        Receiver<Integer> rx = ch.receiver();
        int producers = 3;
        int each = 200;
        for (int p = 0; p < producers; p++) {
            Sender<Integer> mine = tx.clone();
            OnAnotherThread.start(() -> {
                for (int i = 0; i < each; i++) {
                    mine.send(1);
                }
                mine.close();
                return null;
            });
        }
        tx.close();
        int total = 0;
        for (int v : rx) {
            total += v;
        }
        assertThat(total).isEqualTo(producers * each);
        rx.close();
    }

    @Test
    void boundedZeroIsARendezvous() throws Exception {
        Channel<String> ch = Channel.bounded(0);
        Sender<String> tx = ch.sender();
        Receiver<String> rx = ch.receiver();
        String v = new String("v");
        assertThat(tx.trySend(v)).as("no receiver is waiting").containsSame(v);
        assertThat(rx.tryRecv()).as("nothing was buffered").isEmpty();

        CompletableFuture<Optional<String>> sender = OnAnotherThread.start(() -> tx.send("hello"));
        Thread.sleep(20); // gives a wrongly buffering send the chance to return early
        assertThat(sender).as("send waits for a receiver").isNotDone();
        assertThat(rx.recv()).isEqualTo("hello");
        assertThat(sender.get(10, TimeUnit.SECONDS)).isEmpty();

        for (int i = 0; i < 50; i++) {
            int n = i;
            CompletableFuture<Optional<String>> s = OnAnotherThread.start(() -> tx.send("m" + n));
            assertThat(rx.recv()).isEqualTo("m" + n);
            assertThat(s.get(10, TimeUnit.SECONDS)).isEmpty();
        }
        tx.close();
        assertThatThrownBy(rx::recv).isInstanceOf(DisconnectedException.class);
        rx.close();
    }

    @Test
    void trySendOnARendezvousSucceedsOnceAReceiverIsWaiting() throws Exception {
        Channel<String> ch = Channel.bounded(0);
        Sender<String> tx = ch.sender();
        Receiver<String> rx = ch.receiver();
        CompletableFuture<String> receiver = OnAnotherThread.start(rx::recv);
        Optional<String> back = tx.trySend("x");
        while (back.isPresent()) {
            Thread.yield();
            back = tx.trySend(back.get());
        }
        assertThat(receiver.get(10, TimeUnit.SECONDS)).isEqualTo("x");
        tx.close();
        rx.close();
    }
}
