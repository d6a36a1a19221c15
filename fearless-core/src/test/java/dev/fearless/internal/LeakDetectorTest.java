package dev.fearless.internal;

import dev.fearless.rc.Rc;
import dev.fearless.sync.Arc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LeakDetectorTest {
    /** Types used only here, so that reports about other tests' handles are told apart. */
    static final class Connection {
    }

    static final class Session {
    }

    static final class Closed {
    }

    private final BlockingQueue<String> reports = new LinkedBlockingQueue<>();
    private LeakDetector.Level previousLevel;
    private Consumer<String> previousReporter;

    @BeforeEach
    void paranoid() {
        previousLevel = LeakDetector.setLevel(LeakDetector.Level.PARANOID);
        previousReporter = LeakDetector.setReporter(reports::add);
    }

    @AfterEach
    void restore() {
        LeakDetector.setLevel(previousLevel);
        LeakDetector.setReporter(previousReporter);
    }

    /** Collects garbage until a report mentioning {@code needle} arrives. */
    private String awaitReport(String needle) throws InterruptedException {
        for (;;) {
            System.gc();
            String report = reports.poll(100, TimeUnit.MILLISECONDS);
            if (report != null && report.contains(needle)) {
                return report;
            }
        }
    }

    private static void leakAnArc() {
        Arc<Connection> a = Arc.of(new Connection());
        a.clone(); // never closed
        a.close();
    }

    @Test
    void aLeakedArcIsReportedWithItsTypeAndCreationSite() throws Exception {
        leakAnArc();
        String report = awaitReport("`Arc<Connection>`");
        assertThat(report)
                .startsWith("LEAK: an `Arc<Connection>` handle was garbage-collected without close()")
                .contains("Created at:")
                .contains("at dev.fearless.internal.LeakDetectorTest.leakAnArc(LeakDetectorTest.java:");
        // The first frame is the user's call to clone(), not Fearless's own code.
        String firstFrame = report.substring(report.indexOf("\tat ")).lines().findFirst().orElseThrow();
        assertThat(firstFrame).contains("LeakDetectorTest.leakAnArc");
    }

    private static void leakRcAndWeak() {
        Rc<Session> s = Rc.of(new Session());
        Rc.downgrade(s); // never closed
        s.close();
    }

    @Test
    void leakedRcWeakHandlesAreReportedToo() throws Exception {
        leakRcAndWeak();
        assertThat(awaitReport("`Rc.Weak<Session>`")).contains("LeakDetectorTest.leakRcAndWeak");
    }

    private static void closeEverything() {
        try (Arc<Closed> a = Arc.of(new Closed()); Arc<Closed> b = a.clone()) {
            Arc.downgrade(b).close();
        }
    }

    @Test
    void closedHandlesAreNotReported() throws Exception {
        closeEverything();
        leakAnArc(); // a leak collected along with them: once it is reported, they had their chance
        awaitReport("`Arc<Connection>`");
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        List<String> all = new ArrayList<>();
        reports.drainTo(all);
        assertThat(all).noneMatch(r -> r.contains("Closed"));
    }

    @Test
    void exactModeListsOpenHandlesWithoutWaitingForTheCollector() {
        int before = LeakDetector.openCount();
        Arc<Connection> a = Arc.of(new Connection());
        Arc<Connection> b = a.clone();
        Arc.Weak<Connection> w = Arc.downgrade(a);
        assertThat(LeakDetector.openCount()).isEqualTo(before + 3);
        assertThat(LeakDetector.openHandles())
                .anyMatch(line -> line.startsWith("`Arc.Weak<Connection>` created at dev.fearless.internal.LeakDetectorTest"));
        w.close();
        b.close();
        Arc.intoInner(a);
        assertThat(LeakDetector.openCount()).isEqualTo(before);
    }

    @Test
    void offTracksNothing() {
        LeakDetector.setLevel(LeakDetector.Level.OFF);
        int before = LeakDetector.openCount();
        Arc<Connection> a = Arc.of(new Connection());
        Rc<Connection> r = Rc.of(new Connection());
        assertThat(LeakDetector.openCount()).isEqualTo(before);
        a.close();
        r.close();
    }

    @Test
    void sampledTracksAboutOneHandleInTheIntervalWhetherAllocatedOrCloned() {
        LeakDetector.setLevel(LeakDetector.Level.SAMPLED);
        int before = LeakDetector.openCount();
        List<Arc<Connection>> handles = new ArrayList<>();
        int n = LeakDetector.SAMPLING_INTERVAL * 20;
        for (int i = 0; i < n; i++) {
            handles.add(Arc.of(new Connection()));
        }
        int tracked = LeakDetector.openCount() - before;
        // 1 in SAMPLING_INTERVAL of 20 x SAMPLING_INTERVAL: zero tracked has probability e^-20, a quarter far less.
        assertThat(tracked).isPositive().isLessThan(n / 4);

        // One hot allocation cloned many times: clones are sampled on their own, not all-or-nothing.
        Arc<Connection> hot = handles.get(0);
        List<Arc<Connection>> clones = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clones.add(hot.clone());
        }
        int trackedClones = LeakDetector.openCount() - before - tracked;
        assertThat(trackedClones).isPositive().isLessThan(n / 4);
        clones.forEach(Arc::close);
        assertThat(LeakDetector.openCount() - before).isEqualTo(tracked);
        handles.forEach(Arc::close);
        assertThat(LeakDetector.openCount()).isEqualTo(before);
    }
}
