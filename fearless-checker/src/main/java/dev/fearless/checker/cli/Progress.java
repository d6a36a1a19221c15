package dev.fearless.checker.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongSupplier;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;

/**
 * The progress line on a terminal: {@code checking 120/600 files}, redrawn in place, shown only once a run
 * has taken longer than {@link #DELAY_MS} (short runs print nothing extra), and erased before the
 * diagnostics are printed. It counts the files javac has finished analysing.
 */
final class Progress implements TaskListener {
    static final long DELAY_MS = 2000;
    private static final long EVERY_MS = 100;

    private final PrintStream out;
    private final int total;
    private final LongSupplier clock;
    private final long started;
    private final Set<CompilationUnitTree> done = new HashSet<>();
    private long drawn = -1;
    private boolean shown;

    /** @param clock milliseconds */
    Progress(PrintStream out, int total, LongSupplier clock) {
        this.out = out;
        this.total = total;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    @Override
    public void finished(TaskEvent e) {
        if (e.getKind() == TaskEvent.Kind.ANALYZE && e.getCompilationUnit() != null) {
            done.add(e.getCompilationUnit());
            tick(done.size());
        }
    }

    /** Redraws the line for {@code checked} files, if it is time to. */
    void tick(int checked) {
        long now = clock.getAsLong();
        if (now - started < DELAY_MS || (drawn >= 0 && now - drawn < EVERY_MS)) {
            return;
        }
        drawn = now;
        shown = true;
        out.print("\r\u001b[2K" + "checking " + Math.min(checked, total) + "/" + total
                + (total == 1 ? " file" : " files"));
        out.flush();
    }

    /** Erases the line, if it was drawn. */
    void clear() {
        if (shown) {
            out.print("\r\u001b[2K");
            out.flush();
            shown = false;
        }
    }
}
