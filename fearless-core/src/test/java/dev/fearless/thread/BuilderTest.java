package dev.fearless.thread;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@ExtendWith(PanicReports.class)
class BuilderTest {
    private static final boolean JDK_HAS_VIRTUAL_THREADS = Runtime.version().feature() >= 21;

    @Test
    void namesTheThread() {
        JoinHandle<String> handle = Threads.builder().name("worker-1").spawn(() -> Thread.currentThread().getName());
        assertThat(handle.join()).isEqualTo("worker-1");
        assertThat(handle.thread().getName()).isEqualTo("worker-1");
    }

    @Test
    void panicMessageNamesTheThread() {
        JoinHandle<Void> handle = Threads.builder().name("doomed").spawn(() -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(handle::join).isInstanceOf(PanicException.class).hasMessageContaining("'doomed'");
    }

    @Test
    void daemonSetting() {
        assertThat(Threads.builder().daemon(true).spawn(() -> Thread.currentThread().isDaemon()).join()).isTrue();
        assertThat(Threads.builder().daemon(false).spawn(() -> Thread.currentThread().isDaemon()).join()).isFalse();
    }

    @Test
    void defaultsAreJavasDefaults() {
        boolean callerIsDaemon = Thread.currentThread().isDaemon();
        JoinHandle<Boolean> handle = Threads.builder().spawn(() -> Thread.currentThread().isDaemon());
        assertThat(handle.join()).isEqualTo(callerIsDaemon);
        assertThat(handle.thread().getName()).startsWith("Thread-");
    }

    @Test
    void stackSizeStillRunsTheBody() {
        assertThat(Threads.builder().stackSize(1L << 20).spawn(() -> 7).join()).isEqualTo(7);
        assertThat(Threads.builder().stackSize(1L << 20).name("deep").spawn(() -> Thread.currentThread().getName())
                .join()).isEqualTo("deep");
        assertThatThrownBy(() -> Threads.builder().stackSize(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildersAreImmutableAndReusable() {
        Builder base = Threads.builder();
        Builder named = base.name("a");
        assertThat(named).isNotSameAs(base);
        assertThat(base.spawn(() -> Thread.currentThread().getName()).join()).isNotEqualTo("a");
        assertThat(named.spawn(() -> Thread.currentThread().getName()).join()).isEqualTo("a");
        assertThat(named.spawn(() -> Thread.currentThread().getName()).join()).isEqualTo("a");
    }

    @Test
    void runnableSpawn() {
        AtomicReference<String> name = new AtomicReference<>();
        JoinHandle<Void> handle = Threads.builder().name("r").spawn(() -> {
            name.set(Thread.currentThread().getName());
        });
        assertThat(handle.join()).isNull();
        assertThat(name.get()).isEqualTo("r");
    }

    @Test
    void spawnScopedUsesTheSettings() {
        String name = Threads.scope(s -> Threads.builder().name("scoped-1")
                .spawnScoped(s, () -> Thread.currentThread().getName()).join());
        assertThat(name).isEqualTo("scoped-1");
    }

    /** On JDK 21+ a virtual thread is spawned; on older JDKs asking for one fails clearly. */
    @Test
    void virtualThreadsWhereTheJdkHasThem() throws Exception {
        if (JDK_HAS_VIRTUAL_THREADS) {
            Method isVirtual = Thread.class.getMethod("isVirtual");
            JoinHandle<Thread> handle = Threads.builder().virtual(true).name("v-1").spawn(Thread::currentThread);
            Thread thread = handle.join();
            assertThat((Boolean) isVirtual.invoke(thread)).isTrue();
            assertThat(thread.getName()).isEqualTo("v-1");
            assertThat(Threads.builder().virtual().spawn(() -> 5).join()).isEqualTo(5);
            assertThatThrownBy(() -> Threads.builder().virtual(true).daemon(false).spawn(() -> 1))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("daemon");
            assertThatThrownBy(() -> Threads.builder().virtual(true).stackSize(1 << 20).spawn(() -> 1))
                    .isInstanceOf(IllegalStateException.class);
        } else {
            assertThatThrownBy(() -> Threads.builder().virtual(true)).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("JDK 21");
            assertThatThrownBy(() -> Threads.builder().virtual()).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(Threads.builder().virtual(false).spawn(() -> 3).join()).isEqualTo(3);
    }

    @Test
    void nullNameIsRejected() {
        assertThatThrownBy(() -> Threads.builder().name(null)).isInstanceOf(NullPointerException.class);
    }
}
