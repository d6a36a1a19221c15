package dev.fearless.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MemoryFootprintTest {

    @Test
    void measuresOnlyWhatTheAbstractionAdds() {
        Map<String, MemoryFootprint.Figure> figures = MemoryFootprint.measureAll().stream()
                .collect(Collectors.toMap(MemoryFootprint.Figure::key, Function.identity()));

        assertThat(figures).containsKeys("arc.allocation", "arc.extraHandle", "rc.allocation", "mutex.fresh",
                "reentrantLock.fresh", "atomicInteger.box", "netty.refCounted", "monitor.box");
        // The value itself and the current thread are subtracted: a holder of one reference is one small object.
        assertThat(figures.get("monitor.box").bytes()).isBetween(12L, 24L);
        assertThat(figures.get("monitor.box").classes()).contains("MonitorBox").doesNotContain("Thread");
        // A holder plus a separate AtomicInteger is two objects.
        assertThat(figures.get("atomicInteger.box").classes()).contains("AtomicCountedBox", "AtomicInteger");
        // A new allocation is at least one more handle.
        assertThat(figures.get("arc.allocation").bytes()).isGreaterThanOrEqualTo(figures.get("arc.extraHandle").bytes());
        assertThat(figures.get("arc.extraHandle").bytes()).isPositive();
        assertThat(figures.get("reentrantLock.fresh").classes()).contains("ReentrantLock");
    }
}
