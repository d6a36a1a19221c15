package dev.fearless.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fearless.marker.NotSend;
import dev.fearless.marker.NotSendException;
import dev.fearless.marker.NotSync;
import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;
import dev.fearless.rc.Rc;
import dev.fearless.sync.Arc;
import dev.fearless.sync.Condvar;
import dev.fearless.sync.LazyLock;
import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;
import dev.fearless.sync.OnceLock;
import dev.fearless.sync.RwLock;
import dev.fearless.sync.RwLockReadGuard;
import dev.fearless.sync.RwLockWriteGuard;
import dev.fearless.sync.mpsc.Receiver;
import dev.fearless.sync.mpsc.Sender;
import dev.fearless.thread.Builder;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Scope;
import dev.fearless.thread.Threads;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** API.md, "Markers", and the markers each runtime type carries (docs/model.md, "Send and Sync"). */
class MarkersContractTest {

    @Test
    void markersLiveInTheMarkerPackageAndAreVisibleFromClassFiles() {
        for (Class<?> marker : new Class<?>[] {Send.class, Sync.class, NotSend.class, NotSync.class}) {
            assertThat(marker.getPackageName()).isEqualTo("dev.fearless.marker");
            assertThat(marker.isAnnotation()).isTrue();
            Retention retention = marker.getAnnotation(Retention.class);
            assertThat(retention).isNotNull();
            assertThat(retention.value()).isIn(RetentionPolicy.CLASS, RetentionPolicy.RUNTIME);
        }
        assertThat(Send.class.getAnnotation(Target.class).value())
                .contains(ElementType.TYPE, ElementType.PARAMETER);
        assertThat(Sync.class.getAnnotation(Target.class).value())
                .contains(ElementType.TYPE, ElementType.PARAMETER);
        assertThat(NotSend.class.getAnnotation(Target.class).value()).contains(ElementType.TYPE);
        assertThat(NotSync.class.getAnnotation(Target.class).value()).contains(ElementType.TYPE);
    }

    @Test
    void notSendExceptionIsAnIllegalStateException() {
        assertThat(NotSendException.class.getPackageName()).isEqualTo("dev.fearless.marker");
        assertThat(IllegalStateException.class).isAssignableFrom(NotSendException.class);
    }

    @Test
    void rcIsNeitherSendNorSync() {
        assertNotSendNotSync(Rc.class);
        assertNotSendNotSync(Rc.Weak.class);
        assertThat(Rc.class.getAnnotation(NotSend.class).alternative()).contains("Arc");
    }

    @Test
    void arcIsSendAndSyncIfItsValueIsSendAndSync() {
        assertSend(Arc.class, new String[] {"T"}, new String[] {"T"});
        assertSync(Arc.class, new String[] {"T"}, new String[] {"T"});
        assertSend(Arc.Weak.class, new String[] {"T"}, new String[] {"T"});
        assertSync(Arc.Weak.class, new String[] {"T"}, new String[] {"T"});
    }

    @Test
    void locksCarryRustsConditions() {
        assertSend(Mutex.class, new String[] {"T"}, new String[0]);
        assertSync(Mutex.class, new String[] {"T"}, new String[0]);
        assertSend(RwLock.class, new String[] {"T"}, new String[0]);
        assertSync(RwLock.class, new String[] {"T"}, new String[] {"T"});
        assertSync(OnceLock.class, new String[] {"T"}, new String[] {"T"});
        assertSync(LazyLock.class, new String[] {"T"}, new String[] {"T"});
        assertSend(Condvar.class, new String[0], new String[0]);
        assertSync(Condvar.class, new String[0], new String[0]);
    }

    @Test
    void guardsAreNotSend() {
        assertThat(MutexGuard.class.getAnnotation(NotSend.class)).isNotNull();
        assertThat(MutexGuard.class.getAnnotation(Send.class)).isNull();
        assertThat(RwLockReadGuard.class.getAnnotation(NotSend.class)).isNotNull();
        assertThat(RwLockWriteGuard.class.getAnnotation(NotSend.class)).isNotNull();
    }

    @Test
    void channelEndsCarryRustsConditions() {
        assertSend(Sender.class, new String[] {"T"}, new String[0]);
        assertSend(Receiver.class, new String[] {"T"}, new String[0]);
        assertThat(Receiver.class.getAnnotation(NotSync.class)).as("Receiver is not Sync").isNotNull();
        assertThat(Receiver.class.getAnnotation(Sync.class)).isNull();
    }

    @Test
    void spawnParametersDeclareAThreadBoundary() throws Exception {
        for (Method m : new Method[] {
                Threads.class.getMethod("spawn", Supplier.class),
                Threads.class.getMethod("spawn", Runnable.class),
                Scope.class.getMethod("spawn", Supplier.class),
                Scope.class.getMethod("spawn", Runnable.class),
                Builder.class.getMethod("spawn", Supplier.class),
                Builder.class.getMethod("spawn", Runnable.class)}) {
            assertThat(m.getParameters()[0].isAnnotationPresent(Send.class)).as("%s", m).isTrue();
        }
        assertThat(JoinHandle.class.getAnnotation(Send.class)).isNotNull();
    }

    private static void assertNotSendNotSync(Class<?> type) {
        NotSend notSend = type.getAnnotation(NotSend.class);
        NotSync notSync = type.getAnnotation(NotSync.class);
        assertThat(notSend).as("%s is @NotSend", type).isNotNull();
        assertThat(notSync).as("%s is @NotSync", type).isNotNull();
        assertThat(notSend.reason()).isNotBlank();
        assertThat(type.getAnnotation(Send.class)).isNull();
        assertThat(type.getAnnotation(Sync.class)).isNull();
    }

    private static void assertSend(Class<?> type, String[] ifSend, String[] ifSync) {
        Send send = type.getAnnotation(Send.class);
        assertThat(send).as("%s is @Send", type).isNotNull();
        assertThat(send.ifSend()).as("%s ifSend", type).containsExactlyInAnyOrder(ifSend);
        assertThat(send.ifSync()).as("%s ifSync", type).containsExactlyInAnyOrder(ifSync);
        assertThat(type.getAnnotation(NotSend.class)).isNull();
    }

    private static void assertSync(Class<?> type, String[] ifSend, String[] ifSync) {
        Sync sync = type.getAnnotation(Sync.class);
        assertThat(sync).as("%s is @Sync", type).isNotNull();
        assertThat(sync.ifSend()).as("%s ifSend", type).containsExactlyInAnyOrder(ifSend);
        assertThat(sync.ifSync()).as("%s ifSync", type).containsExactlyInAnyOrder(ifSync);
        assertThat(type.getAnnotation(NotSync.class)).isNull();
    }
}
