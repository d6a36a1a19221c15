package dev.fearless.sync.mpsc;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state shared by every handle of one channel: the buffer, the count of live senders, and whether
 * the receiver is gone.
 *
 * <p>Implementation notes.
 *
 * <p>One {@link ReentrantLock} guards everything, including each handle's {@code closed} flag, so
 * every operation is a single critical section and the invariants below hold whenever the lock is
 * free. Waiting is done on two conditions of that lock, never with {@code synchronized}, so a virtual
 * thread blocked in {@code send} or {@code recv} does not pin its carrier.
 * <ul>
 *   <li>{@code buffer} holds messages in the order their sends entered the critical section; sends from
 *       one thread therefore arrive in program order (the per-producer FIFO of Rust's mpsc).</li>
 *   <li>Bounded ({@code capacity > 0}): {@code buffer.size() <= capacity}. A sender waits on
 *       {@code senderWait} while the buffer is full; each receive frees one slot and signals one
 *       waiter, which either takes the slot or finds it taken by a sender that barged in, so no free
 *       slot is ever left unused with a sender waiting.</li>
 *   <li>Rendezvous ({@code capacity == 0}): the buffer is a single slot. A blocking sender waits for
 *       the slot to be empty, puts its message in, marks the slot as its own
 *       ({@code slotOwnedBySender}) and waits until {@code received} passes its ticket (the count of
 *       messages enqueued before it). If the receiver closes first, the sender takes its message back
 *       out of the slot and hands it to its caller: it was never received. {@code trySend} fills the
 *       slot only while a receiver is waiting, and such a message counts as sent.</li>
 *   <li>Disconnected, as the receiver sees it: {@code senders == 0 && sendsInFlight == 0} with an
 *       empty buffer. {@code sendsInFlight} counts sends blocked for space; it keeps the channel
 *       connected while a send that began before the last sender handle was closed (a shared,
 *       {@code Sync} sender closed by another thread) can still deliver.</li>
 *   <li>A receiver checks the buffer before it checks the disconnection or its deadline, so a message
 *       put in while it waited is always taken, even if its timeout ran out meanwhile.</li>
 * </ul>
 *
 * <p>Memory ordering: a message is enqueued and dequeued under the same lock, and an unlock
 * happens-before every later lock of that lock, so actions before a {@code send} happen-before the
 * {@code recv} that returns its message.
 */
final class ChannelState<T> {
    static final int UNBOUNDED = -1;

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition receiverWait = lock.newCondition();
    private final Condition senderWait = lock.newCondition();
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    private int senders = 1;
    private int sendsInFlight;
    private int waitingReceivers;
    private boolean receiverClosed;
    private boolean slotOwnedBySender;
    private long enqueued;
    private long received;

    ChannelState(int capacity) {
        this.capacity = capacity;
    }

    int capacity() {
        return capacity;
    }

    // ---- senders ----

    void cloneSender(Sender<T> handle) {
        lock.lock();
        try {
            requireOpen(handle);
            senders++;
        } finally {
            lock.unlock();
        }
    }

    void closeSender(Sender<T> handle) {
        lock.lock();
        try {
            requireOpen(handle);
            handle.closed = true;
            if (--senders == 0) {
                receiverWait.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed(Sender<T> handle) {
        lock.lock();
        try {
            return handle.closed;
        } finally {
            lock.unlock();
        }
    }

    private static void requireOpen(Sender<?> handle) {
        if (handle.closed) {
            throw new IllegalStateException("this Sender is closed");
        }
    }

    Optional<T> send(Sender<T> handle, T value) {
        Objects.requireNonNull(value, "channels do not carry null");
        lock.lock();
        try {
            requireOpen(handle);
            if (!receiverClosed && isFull()) {
                sendsInFlight++;
                try {
                    do {
                        senderWait.awaitUninterruptibly(); // keeps the interrupt flag for the caller
                    } while (!receiverClosed && isFull());
                } finally {
                    sendsInFlight--;
                }
            }
            if (receiverClosed) {
                return Optional.of(value);
            }
            long ticket = enqueued;
            enqueue(value);
            if (capacity == 0) {
                slotOwnedBySender = true;
                while (received <= ticket && !receiverClosed) {
                    senderWait.awaitUninterruptibly();
                }
                if (received <= ticket) { // the receiver closed without taking it: hand it back
                    buffer.pollFirst();
                    slotOwnedBySender = false;
                    senderWait.signalAll();
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    Optional<T> trySend(Sender<T> handle, T value) {
        Objects.requireNonNull(value, "channels do not carry null");
        lock.lock();
        try {
            requireOpen(handle);
            boolean room = capacity == 0 ? buffer.isEmpty() && waitingReceivers > 0 : !isFull();
            if (receiverClosed || !room) {
                return Optional.of(value);
            }
            enqueue(value);
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    private boolean isFull() {
        switch (capacity) {
            case UNBOUNDED:
                return false;
            case 0:
                return !buffer.isEmpty();
            default:
                return buffer.size() >= capacity;
        }
    }

    private void enqueue(T value) {
        buffer.addLast(value);
        enqueued++;
        if (waitingReceivers > 0) {
            receiverWait.signal();
        }
    }

    // ---- the receiver ----

    /** The next message, waiting for one; null once disconnected. */
    T recvOrNull(Receiver<T> handle) {
        lock.lock();
        try {
            while (true) {
                requireOpen(handle);
                T value = dequeue();
                if (value != null || isDisconnected()) {
                    return value;
                }
                waitingReceivers++;
                try {
                    receiverWait.awaitUninterruptibly(); // keeps the interrupt flag for the caller
                } finally {
                    waitingReceivers--;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** The next message if one is buffered; else null, or DisconnectedException if none will come. */
    T tryRecv(Receiver<T> handle) {
        lock.lock();
        try {
            requireOpen(handle);
            T value = dequeue();
            if (value == null && isDisconnected()) {
                throw disconnected();
            }
            return value;
        } finally {
            lock.unlock();
        }
    }

    /** The next message, waiting at most {@code timeout}; null if none came in time. */
    T recvTimeout(Receiver<T> handle, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos; // may wrap; differences below stay right
        boolean interrupted = false;
        lock.lock();
        try {
            while (true) {
                requireOpen(handle);
                T value = dequeue();
                if (value != null) {
                    return value;
                }
                if (isDisconnected()) {
                    throw disconnected();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                waitingReceivers++;
                try {
                    receiverWait.awaitNanos(left);
                } catch (InterruptedException e) {
                    interrupted = true; // keep waiting, as recv does; restored below
                } finally {
                    waitingReceivers--;
                }
            }
        } finally {
            lock.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Closes the receiver and returns the buffered messages, which the caller cleans up. */
    List<T> closeReceiver(Receiver<T> handle) {
        lock.lock();
        try {
            requireOpen(handle);
            handle.closed = true;
            receiverClosed = true;
            List<T> dropped = new ArrayList<>(buffer.size());
            if (!(capacity == 0 && slotOwnedBySender)) { // a blocked sender takes its own message back
                dropped.addAll(buffer);
                buffer.clear();
            }
            senderWait.signalAll();
            receiverWait.signalAll(); // a (misused) receive on another thread stops waiting
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    private static void requireOpen(Receiver<?> handle) {
        if (handle.closed) {
            throw new IllegalStateException("this Receiver is closed");
        }
    }

    private T dequeue() {
        T value = buffer.pollFirst();
        if (value != null) {
            received++;
            if (capacity == 0) {
                slotOwnedBySender = false;
                senderWait.signalAll(); // the sender waiting for its ticket, and those waiting for the slot
            } else if (capacity > 0) {
                senderWait.signal();
            }
        }
        return value;
    }

    private boolean isDisconnected() {
        return senders == 0 && sendsInFlight == 0;
    }

    static DisconnectedException disconnected() {
        return new DisconnectedException("receiving on a closed channel: every Sender is closed and the buffer is empty");
    }

    static long saturatedNanos(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            return 0;
        }
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
