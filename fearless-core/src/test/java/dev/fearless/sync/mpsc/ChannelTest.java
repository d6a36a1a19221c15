package dev.fearless.sync.mpsc;

import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChannelTest {

    /** A message whose cleanup is observable. */
    static final class Resource implements AutoCloseable {
        final int id;
        int closes;

        Resource(int id) {
            this.id = id;
        }

        @Override
        public void close() {
            closes++;
        }
    }

    @Test
    void theBooksFirstExample() {
        Channel<String> channel = Channel.unbounded();
        Sender<String> tx = channel.sender();
        JoinHandle<Void> producer = Threads.spawn(() -> {
            try (tx) {
                assertThat(tx.send("hi")).isEmpty();
            }
        });
        assertThat(channel.receiver().recv()).isEqualTo("hi");
        producer.join();
    }

    @Test
    void channelReturnsTheSameHandlesEveryTime() {
        Channel<Integer> channel = Channel.unbounded();
        assertThat(channel.sender()).isSameAs(channel.sender());
        assertThat(channel.receiver()).isSameAs(channel.receiver());
    }

    @Test
    void messagesArriveInOrderAndAreStillDeliveredAfterEverySenderClosed() {
        Channel<Integer> channel = Channel.unbounded();
        Sender<Integer> tx = channel.sender();
        for (int i = 0; i < 5; i++) {
            tx.send(i);
        }
        tx.close();
        Receiver<Integer> rx = channel.receiver();
        for (int i = 0; i < 5; i++) {
            assertThat(rx.recv()).isEqualTo(i);
        }
        assertThatThrownBy(rx::recv).isInstanceOf(DisconnectedException.class);
        assertThatThrownBy(rx::tryRecv).isInstanceOf(DisconnectedException.class);
        assertThatThrownBy(() -> rx.recvTimeout(Duration.ofSeconds(5))).isInstanceOf(DisconnectedException.class);
    }

    @Test
    void forEachEndsWhenEverySenderIsClosed() {
        Channel<String> channel = Channel.unbounded();
        Sender<String> tx = channel.sender();
        Sender<String> tx1 = tx.clone();
        JoinHandle<Void> a = Threads.spawn(() -> {
            try (tx) {
                for (String val : List.of("hi", "from", "the", "thread")) {
                    tx.send(val);
                }
            }
        });
        JoinHandle<Void> b = Threads.spawn(() -> {
            try (tx1) {
                for (String val : List.of("more", "messages", "for", "you")) {
                    tx1.send(val);
                }
            }
        });
        List<String> got = new ArrayList<>();
        for (String received : channel.receiver()) {
            got.add(received);
        }
        a.join();
        b.join();
        assertThat(got).containsExactlyInAnyOrder("hi", "from", "the", "thread", "more", "messages", "for", "you");
        assertThat(got.stream().filter(List.of("hi", "from", "the", "thread")::contains))
                .containsExactly("hi", "from", "the", "thread");
    }

    @Test
    void iteratorContract() {
        Channel<Integer> channel = Channel.unbounded();
        channel.sender().send(1);
        channel.sender().close();
        Iterator<Integer> it = channel.receiver().iterator();
        assertThat(it.hasNext()).isTrue();
        assertThat(it.hasNext()).isTrue(); // does not consume
        assertThat(it.next()).isEqualTo(1);
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void tryRecvIsEmptyWhileNothingIsBuffered() {
        Channel<String> channel = Channel.unbounded();
        assertThat(channel.receiver().tryRecv()).isEmpty();
        channel.sender().send("a");
        assertThat(channel.receiver().tryRecv()).contains("a");
        assertThat(channel.receiver().tryRecv()).isEmpty();
    }

    @Test
    void recvTimeoutIsEmptyWhenNothingArrives() {
        Channel<String> channel = Channel.unbounded();
        assertThat(channel.receiver().recvTimeout(Duration.ofMillis(10))).isEmpty();
        assertThat(channel.receiver().recvTimeout(Duration.ZERO)).isEmpty();
        assertThat(channel.receiver().recvTimeout(Duration.ofMillis(-1))).isEmpty();
        channel.sender().send("now");
        assertThat(channel.receiver().recvTimeout(Duration.ZERO)).contains("now");
    }

    @Test
    void recvTimeoutAcceptsHugeDurationsAndWakesForAMessage() {
        Channel<String> channel = Channel.unbounded();
        Sender<String> tx = channel.sender();
        JoinHandle<Optional<String>> receiver = Threads.spawn(
                () -> channel.receiver().recvTimeout(Duration.ofMillis(Long.MAX_VALUE)));
        tx.send("late");
        assertThat(receiver.join()).contains("late");
        JoinHandle<Optional<String>> again = Threads.spawn(
                () -> channel.receiver().recvTimeout(Duration.ofSeconds(Long.MAX_VALUE)));
        tx.send("later");
        assertThat(again.join()).contains("later");
    }

    @Test
    void recvTimeoutReportsADisconnectionThatHappensWhileWaiting() {
        Channel<String> channel = Channel.unbounded();
        Sender<String> tx = channel.sender();
        JoinHandle<Object> receiver = Threads.spawn(() -> {
            try {
                return channel.receiver().recvTimeout(Duration.ofSeconds(30));
            } catch (DisconnectedException e) {
                return e;
            }
        });
        awaitWaiting(receiver.thread());
        tx.close();
        assertThat(receiver.join()).isInstanceOf(DisconnectedException.class);
    }

    @Test
    void recvWakesWhenTheLastSenderCloses() {
        Channel<String> channel = Channel.unbounded();
        Sender<String> tx = channel.sender();
        JoinHandle<Object> receiver = Threads.spawn(() -> {
            try {
                return channel.receiver().recv();
            } catch (DisconnectedException e) {
                return e;
            }
        });
        awaitWaiting(receiver.thread());
        tx.close();
        assertThat(receiver.join()).isInstanceOf(DisconnectedException.class);
    }

    @Test
    void aClonedSenderKeepsTheChannelConnected() {
        Channel<Integer> channel = Channel.unbounded();
        Sender<Integer> tx = channel.sender();
        Sender<Integer> tx1 = tx.clone();
        assertThat(tx1).isNotSameAs(tx);
        tx.close();
        assertThat(channel.receiver().tryRecv()).isEmpty(); // still connected
        tx1.send(7);
        tx1.close();
        assertThat(channel.receiver().recv()).isEqualTo(7);
        assertThatThrownBy(() -> channel.receiver().recv()).isInstanceOf(DisconnectedException.class);
    }

    @Test
    void sendHandsTheValueBackWhenTheReceiverIsGone() {
        Channel<String> channel = Channel.unbounded();
        channel.receiver().close();
        assertThat(channel.sender().send("orphan")).contains("orphan");
        assertThat(channel.sender().trySend("orphan")).contains("orphan");
    }

    @Test
    void senderMisuseThrowsAndChangesNothing() {
        Channel<Integer> channel = Channel.unbounded();
        Sender<Integer> tx = channel.sender();
        Sender<Integer> tx1 = tx.clone();
        tx.close();
        assertThatThrownBy(tx::close).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tx.send(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tx.trySend(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(tx::clone).isInstanceOf(IllegalStateException.class);
        // The second close did not count as tx1's close: the channel is still connected.
        assertThat(channel.receiver().tryRecv()).isEmpty();
        tx1.send(2);
        assertThat(channel.receiver().recv()).isEqualTo(2);
        assertThat(tx.toString()).contains("closed");
        assertThat(tx1.toString()).contains("open");
    }

    @Test
    void receiverMisuseThrowsAndChangesNothing() {
        Channel<Integer> channel = Channel.unbounded();
        Receiver<Integer> rx = channel.receiver();
        rx.close();
        assertThatThrownBy(rx::close).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(rx::recv).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(rx::tryRecv).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> rx.recvTimeout(Duration.ZERO)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> rx.iterator().hasNext()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nullIsRejected() {
        Channel<String> channel = Channel.bounded(1);
        assertThatThrownBy(() -> channel.sender().send(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> channel.sender().trySend(null)).isInstanceOf(NullPointerException.class);
        assertThat(channel.receiver().tryRecv()).isEmpty();
    }

    @Test
    void closingTheReceiverClosesBufferedResources() {
        Channel<Object> channel = Channel.unbounded();
        Resource a = new Resource(1);
        Resource b = new Resource(2);
        channel.sender().send(a);
        channel.sender().send("not closeable");
        channel.sender().send(b);
        Resource received = (Resource) channel.receiver().recv();
        channel.receiver().close();
        assertThat(received.closes).isZero(); // delivered: now the receiver's to close
        assertThat(b.closes).isEqualTo(1);
        Resource late = new Resource(3);
        assertThat(channel.sender().send(late)).containsSame(late);
        assertThat(late.closes).isZero(); // handed back, not buffered
    }

    @Test
    void aFailingCleanupIsRethrownAfterTheOthersRan() {
        Channel<AutoCloseable> channel = Channel.unbounded();
        IOException first = new IOException("first");
        IllegalStateException second = new IllegalStateException("second");
        Resource ok = new Resource(1);
        channel.sender().send(() -> {
            throw first;
        });
        channel.sender().send(ok);
        channel.sender().send(() -> {
            throw second;
        });
        Receiver<AutoCloseable> rx = channel.receiver();
        Throwable thrown = null;
        try {
            rx.close();
        } catch (Throwable t) {
            thrown = t;
        }
        assertThat(thrown).isSameAs(first);
        assertThat(first.getSuppressed()).containsExactly(second);
        assertThat(ok.closes).isEqualTo(1);
        assertThatThrownBy(rx::close).isInstanceOf(IllegalStateException.class); // closed all the same
    }

    @Test
    void boundedTrySendHandsBackWhenFull() {
        Channel<Integer> channel = Channel.bounded(2);
        Sender<Integer> tx = channel.sender();
        assertThat(tx.trySend(1)).isEmpty();
        assertThat(tx.trySend(2)).isEmpty();
        assertThat(tx.trySend(3)).contains(3);
        assertThat(channel.receiver().recv()).isEqualTo(1);
        assertThat(tx.trySend(3)).isEmpty();
        assertThat(channel.receiver().recv()).isEqualTo(2);
        assertThat(channel.receiver().recv()).isEqualTo(3);
    }

    @Test
    void unboundedTrySendAlwaysSends() {
        Channel<Integer> channel = Channel.unbounded();
        for (int i = 0; i < 100; i++) {
            assertThat(channel.sender().trySend(i)).isEmpty();
        }
        assertThat(channel.receiver().recv()).isZero();
    }

    @Test
    void negativeCapacityIsRejected() {
        assertThatThrownBy(() -> Channel.bounded(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rendezvousTrySendNeedsAWaitingReceiver() {
        Channel<String> channel = Channel.bounded(0);
        Sender<String> tx = channel.sender();
        assertThat(tx.trySend("nobody waits")).contains("nobody waits");
        JoinHandle<String> receiver = Threads.spawn(() -> channel.receiver().recv());
        Optional<String> back;
        do { // succeeds once the receiver is waiting
            back = tx.trySend("handshake");
            Thread.onSpinWait();
        } while (back.isPresent());
        assertThat(receiver.join()).isEqualTo("handshake");
    }

    @Test
    void rendezvousSendReturnsOnlyOnceTheValueIsTaken() {
        Channel<Integer> channel = Channel.bounded(0);
        Sender<Integer> tx = channel.sender();
        AtomicBoolean returned = new AtomicBoolean();
        JoinHandle<Optional<Integer>> sender = Threads.spawn(() -> {
            Optional<Integer> r = tx.send(1);
            returned.set(true);
            return r;
        });
        awaitWaiting(sender.thread());
        assertThat(returned).isFalse(); // blocked in send, with the value offered
        assertThat(channel.receiver().recv()).isEqualTo(1);
        assertThat(sender.join()).isEmpty();
    }

    @Test
    void rendezvousSenderGetsItsValueBackWhenTheReceiverCloses() {
        Channel<Resource> channel = Channel.bounded(0);
        Sender<Resource> tx = channel.sender();
        Resource value = new Resource(1);
        JoinHandle<Optional<Resource>> sender = Threads.spawn(() -> tx.send(value));
        awaitWaiting(sender.thread());
        channel.receiver().close();
        assertThat(sender.join()).containsSame(value);
        assertThat(value.closes).isZero(); // it was never received, so it was not the receiver's to close
    }

    @Test
    void boundedSenderBlockedForSpaceGetsItsValueBackWhenTheReceiverCloses() {
        Channel<Resource> channel = Channel.bounded(1);
        Sender<Resource> tx = channel.sender();
        Resource buffered = new Resource(1);
        Resource blocked = new Resource(2);
        tx.send(buffered);
        JoinHandle<Optional<Resource>> sender = Threads.spawn(() -> tx.send(blocked));
        awaitWaiting(sender.thread());
        channel.receiver().close();
        assertThat(sender.join()).containsSame(blocked);
        assertThat(buffered.closes).isEqualTo(1);
        assertThat(blocked.closes).isZero();
    }

    @Test
    void interruptDuringRecvKeepsWaitingAndRestoresTheFlag() {
        Channel<String> channel = Channel.unbounded();
        AtomicBoolean flag = new AtomicBoolean();
        JoinHandle<String> receiver = Threads.spawn(() -> {
            String got = channel.receiver().recv();
            flag.set(Thread.currentThread().isInterrupted());
            return got;
        });
        awaitWaiting(receiver.thread());
        receiver.thread().interrupt();
        channel.sender().send("after interrupt");
        assertThat(receiver.join()).isEqualTo("after interrupt");
        assertThat(flag).isTrue();
    }

    @Test
    void interruptDuringRecvTimeoutKeepsWaitingAndRestoresTheFlag() {
        Channel<String> channel = Channel.unbounded();
        AtomicBoolean flag = new AtomicBoolean();
        JoinHandle<Optional<String>> receiver = Threads.spawn(() -> {
            Optional<String> got = channel.receiver().recvTimeout(Duration.ofSeconds(30));
            flag.set(Thread.currentThread().isInterrupted());
            return got;
        });
        awaitWaiting(receiver.thread());
        receiver.thread().interrupt();
        channel.sender().send("after interrupt");
        assertThat(receiver.join()).contains("after interrupt");
        assertThat(flag).isTrue();
    }

    @Test
    void aSendPublishesTheMessagesState() {
        Channel<int[]> channel = Channel.unbounded();
        Sender<int[]> tx = channel.sender();
        Threads.spawn(() -> {
            int[] payload = new int[64];
            for (int i = 0; i < payload.length; i++) {
                payload[i] = i; // plain writes, published by the send
            }
            tx.send(payload);
        });
        int[] got = channel.receiver().recv();
        for (int i = 0; i < got.length; i++) {
            assertThat(got[i]).isEqualTo(i);
        }
    }

    /** Waits until {@code thread} is parked (blocked in a channel operation), with the test's timeout as bound. */
    static void awaitWaiting(Thread thread) {
        while (true) {
            Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                return;
            }
            if (state == Thread.State.TERMINATED) {
                throw new AssertionError(thread.getName() + " ended instead of blocking");
            }
            Thread.onSpinWait();
        }
    }
}
