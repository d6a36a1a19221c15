package dev.fearless.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fearless.marker.NotSendException;
import dev.fearless.rc.Rc;
import dev.fearless.sync.Arc;
import dev.fearless.sync.Condvar;
import dev.fearless.sync.LazyLock;
import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;
import dev.fearless.sync.OnceLock;
import dev.fearless.sync.PoisonException;
import dev.fearless.sync.RwLock;
import dev.fearless.sync.RwLockReadGuard;
import dev.fearless.sync.RwLockWriteGuard;
import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.DisconnectedException;
import dev.fearless.sync.mpsc.Receiver;
import dev.fearless.sync.mpsc.Sender;
import dev.fearless.thread.Builder;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.PanicException;
import dev.fearless.thread.Scope;
import dev.fearless.thread.Threads;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * API.md's names, packages and signatures, checked by reflection: what is static and what is an instance
 * method, what is nested, what is final, and that no public method declares a checked exception.
 */
class ApiShapeContractTest {

    @Test
    void noPublicMethodOrConstructorOfAnExportedClassDeclaresACheckedException() {
        List<Class<?>> types = ExportedApi.publicTypes();
        assertThat(types).contains(Rc.class, Rc.Weak.class, Arc.class, Arc.Weak.class, Mutex.class, Condvar.class,
                Threads.class, Channel.class, Sender.class, Receiver.class);
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : types) {
            List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
            members.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable member : members) {
                // A bridge (e.g. Object clone() for a covariant clone()) cannot be called from source.
                if (!Modifier.isPublic(member.getModifiers()) || member.isSynthetic()
                        || (member instanceof Method m && m.isBridge())) {
                    continue;
                }
                for (Class<?> thrown : member.getExceptionTypes()) {
                    if (!RuntimeException.class.isAssignableFrom(thrown) && !Error.class.isAssignableFrom(thrown)) {
                        offenders.add(member + " throws " + thrown.getName());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void noExportedMethodIsSynchronizedSoLocksDoNotPinVirtualThreads() {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : ExportedApi.publicTypes()) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isSynchronized(m.getModifiers())) {
                    offenders.add(m.toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void exceptionTypesLiveWhereTheContractSaysAndAreUnchecked() {
        assertThat(NotSendException.class.getSuperclass()).isEqualTo(IllegalStateException.class);
        assertThat(RuntimeException.class).isAssignableFrom(PoisonException.class);
        assertThat(RuntimeException.class).isAssignableFrom(PanicException.class);
        assertThat(RuntimeException.class).isAssignableFrom(DisconnectedException.class);
        assertThat(PoisonException.class.getPackageName()).isEqualTo("dev.fearless.sync");
        assertThat(PanicException.class.getPackageName()).isEqualTo("dev.fearless.thread");
        assertThat(DisconnectedException.class.getPackageName()).isEqualTo("dev.fearless.sync.mpsc");
    }

    @Test
    void handlesAreFinalAutoCloseableAndHaveANestedWeak() throws Exception {
        for (Class<?> handle : new Class<?>[] {Rc.class, Arc.class}) {
            assertThat(Modifier.isFinal(handle.getModifiers())).isTrue();
            assertThat(AutoCloseable.class).isAssignableFrom(handle);
            Class<?> weak = Class.forName(handle.getName() + "$Weak");
            assertThat(weak.getDeclaringClass()).isEqualTo(handle);
            assertThat(Modifier.isStatic(weak.getModifiers())).isTrue();
            assertThat(Modifier.isPublic(weak.getModifiers())).isTrue();
            assertThat(AutoCloseable.class).isAssignableFrom(weak);

            assertStatic(handle, "of", handle, Object.class);
            assertInstance(handle, "clone", handle);
            assertInstance(handle, "get", Object.class);
            assertInstance(handle, "close", void.class);
            assertStatic(handle, "strongCount", int.class, handle);
            assertStatic(handle, "weakCount", int.class, handle);
            assertStatic(handle, "downgrade", weak, handle);
            assertStatic(handle, "tryUnwrap", Optional.class, handle);
            assertStatic(handle, "intoInner", Optional.class, handle);
            assertStatic(handle, "getMut", Optional.class, handle);
            assertStatic(handle, "makeMut", Object.class, handle, UnaryOperator.class);
            assertStatic(handle, "newCyclic", handle, Function.class);
            assertStatic(handle, "ptrEq", boolean.class, handle, handle);

            Method upgrade = assertInstance(weak, "upgrade", Optional.class);
            Type upgraded = ((ParameterizedType) upgrade.getGenericReturnType()).getActualTypeArguments()[0];
            assertThat(((ParameterizedType) upgraded).getRawType()).isEqualTo(handle);
            assertInstance(weak, "strongCount", int.class);
            assertInstance(weak, "weakCount", int.class);
            assertInstance(weak, "close", void.class);
            assertInstance(weak, "clone", weak);
            assertStatic(weak, "empty", weak);
        }
    }

    @Test
    void lockSignatures() throws Exception {
        assertThat(Modifier.isFinal(Mutex.class.getModifiers())).isTrue();
        assertStatic(Mutex.class, "of", Mutex.class, Object.class);
        assertInstance(Mutex.class, "lock", MutexGuard.class);
        assertInstance(Mutex.class, "lockIgnoringPoison", MutexGuard.class);
        assertInstance(Mutex.class, "tryLock", Optional.class);
        assertInstance(Mutex.class, "withLock", Object.class, Function.class);
        assertInstance(Mutex.class, "isPoisoned", boolean.class);
        assertInstance(Mutex.class, "clearPoison", void.class);
        assertInstance(Mutex.class, "intoInner", Object.class);
        assertInstance(Mutex.class, "getMut", Object.class);

        assertThat(AutoCloseable.class).isAssignableFrom(MutexGuard.class);
        assertInstance(MutexGuard.class, "get", Object.class);
        assertInstance(MutexGuard.class, "set", void.class, Object.class);
        assertInstance(MutexGuard.class, "replace", Object.class, Object.class);
        assertInstance(MutexGuard.class, "update", void.class, UnaryOperator.class);
        assertInstance(MutexGuard.class, "close", void.class);

        assertStatic(RwLock.class, "of", RwLock.class, Object.class);
        assertInstance(RwLock.class, "read", RwLockReadGuard.class);
        assertInstance(RwLock.class, "write", RwLockWriteGuard.class);
        assertInstance(RwLock.class, "tryRead", Optional.class);
        assertInstance(RwLock.class, "tryWrite", Optional.class);
        assertInstance(RwLock.class, "withRead", Object.class, Function.class);
        assertInstance(RwLock.class, "withWrite", Object.class, Function.class);
        assertInstance(RwLock.class, "downgrade", RwLockReadGuard.class, RwLockWriteGuard.class);
        assertInstance(RwLock.class, "isPoisoned", boolean.class);
        assertInstance(RwLock.class, "clearPoison", void.class);
        assertInstance(RwLock.class, "intoInner", Object.class);
        assertInstance(RwLock.class, "getMut", Object.class);
        assertInstance(RwLockReadGuard.class, "get", Object.class);
        assertInstance(RwLockWriteGuard.class, "get", Object.class);
        assertInstance(RwLockWriteGuard.class, "set", void.class, Object.class);
        assertInstance(RwLockWriteGuard.class, "replace", Object.class, Object.class);
        assertInstance(RwLockWriteGuard.class, "update", void.class, UnaryOperator.class);

        assertPublicNoArgConstructor(Condvar.class);
        assertInstance(Condvar.class, "await", void.class, MutexGuard.class);
        assertInstance(Condvar.class, "awaitWhile", void.class, MutexGuard.class, Predicate.class);
        Method timeout = Condvar.class.getMethod("awaitTimeout", MutexGuard.class, Duration.class);
        assertThat(Modifier.isStatic(timeout.getModifiers())).isFalse();
        assertInstance(Condvar.class, "signalOne", void.class);
        assertInstance(Condvar.class, "signalAll", void.class);

        assertPublicNoArgConstructor(OnceLock.class);
        assertInstance(OnceLock.class, "get", Optional.class);
        assertInstance(OnceLock.class, "getOrInit", Object.class, Supplier.class);
        assertInstance(OnceLock.class, "set", Optional.class, Object.class);
        assertInstance(OnceLock.class, "intoInner", Optional.class);
        assertStatic(LazyLock.class, "of", LazyLock.class, Supplier.class);
        assertInstance(LazyLock.class, "get", Object.class);
    }

    @Test
    void threadAndChannelSignatures() throws Exception {
        assertStatic(Threads.class, "spawn", JoinHandle.class, Supplier.class);
        assertStatic(Threads.class, "spawn", JoinHandle.class, Runnable.class);
        assertStatic(Threads.class, "scope", Object.class, Function.class);
        assertStatic(Threads.class, "builder", Builder.class);
        assertInstance(JoinHandle.class, "join", Object.class);
        assertInstance(JoinHandle.class, "isFinished", boolean.class);
        assertInstance(Builder.class, "name", Builder.class, String.class);
        assertInstance(Builder.class, "daemon", Builder.class, boolean.class);
        assertInstance(Builder.class, "spawn", JoinHandle.class, Supplier.class);
        assertInstance(Builder.class, "spawn", JoinHandle.class, Runnable.class);
        assertThat(Scope.class.getMethod("spawn", Supplier.class)).isNotNull();
        assertThat(Scope.class.getMethod("spawn", Runnable.class)).isNotNull();

        assertStatic(Channel.class, "unbounded", Channel.class);
        assertStatic(Channel.class, "bounded", Channel.class, int.class);
        assertInstance(Channel.class, "sender", Sender.class);
        assertInstance(Channel.class, "receiver", Receiver.class);
        assertInstance(Sender.class, "clone", Sender.class);
        assertInstance(Sender.class, "close", void.class);
        assertInstance(Sender.class, "send", Optional.class, Object.class);
        assertInstance(Sender.class, "trySend", Optional.class, Object.class);
        assertThat(AutoCloseable.class).isAssignableFrom(Receiver.class);
        assertThat(Iterable.class).isAssignableFrom(Receiver.class);
        assertInstance(Receiver.class, "close", void.class);
        assertInstance(Receiver.class, "recv", Object.class);
        assertInstance(Receiver.class, "tryRecv", Optional.class);
        assertInstance(Receiver.class, "recvTimeout", Optional.class, Duration.class);
    }

    private static Method assertStatic(Class<?> owner, String name, Class<?> returns, Class<?>... params)
            throws NoSuchMethodException {
        Method m = owner.getMethod(name, params);
        assertThat(Modifier.isStatic(m.getModifiers())).as("%s is static", m).isTrue();
        assertThat(m.getReturnType()).as("%s returns", m).isEqualTo(returns);
        return m;
    }

    private static Method assertInstance(Class<?> owner, String name, Class<?> returns, Class<?>... params)
            throws NoSuchMethodException {
        Method m = owner.getMethod(name, params);
        assertThat(Modifier.isStatic(m.getModifiers())).as("%s is an instance method", m).isFalse();
        if (!m.getReturnType().equals(returns)) {
            // covariant overrides such as clone() are found through their most specific declaration
            assertThat(List.of(owner.getMethods())).as("%s returns %s", m, returns)
                    .anyMatch(c -> c.getName().equals(name) && c.getReturnType().equals(returns)
                            && List.of(c.getParameterTypes()).equals(List.of(params)));
        }
        return m;
    }

    private static void assertPublicNoArgConstructor(Class<?> type) throws NoSuchMethodException {
        Constructor<?> c = type.getConstructor();
        assertThat(Modifier.isPublic(c.getModifiers())).isTrue();
    }
}
