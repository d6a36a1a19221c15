package dev.fearless.checker.tree;

import java.io.IOException;
import java.util.Arrays;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;

/**
 * Line numbers of source positions, for every compiler option: javac keeps no line map when it generates no
 * line-number debug information ({@code -g:none}, {@code -g:source}, {@code -g:vars}; Gradle's
 * {@code options.debug = false}), so the lines are then counted in the source text itself, the way javac's
 * own diagnostics count them.
 *
 * <p>One instance per compilation; it remembers the line starts of the last file it counted.
 */
public final class SourceLines {
    private final SourcePositions positions;
    private CompilationUnitTree counted;
    private long[] starts;

    /** Lines for the trees of one compilation. */
    public SourceLines(Trees trees) {
        this.positions = trees.getSourcePositions();
    }

    /** The 1-based line where {@code tree} starts in {@code unit}. */
    public long line(CompilationUnitTree unit, Tree tree) {
        return lineOf(unit, positions.getStartPosition(unit, tree));
    }

    /** The 1-based line of {@code position} in {@code unit}; 0 for an unknown position. */
    public long lineOf(CompilationUnitTree unit, long position) {
        if (position < 0) {
            return 0;
        }
        LineMap map = unit.getLineMap();
        if (map != null) {
            return map.getLineNumber(position);
        }
        long[] lineStarts = starts(unit);
        int i = Arrays.binarySearch(lineStarts, position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private long[] starts(CompilationUnitTree unit) {
        if (counted != unit) {
            starts = count(text(unit));
            counted = unit;
        }
        return starts;
    }

    /** javac's tab stops: a tab moves to the next multiple of 8 when it counts columns. */
    public static final int TAB_STOP = 8;

    /** The 0-based column of {@code offset} on the line that starts at {@code lineStart}, as javac counts tabs. */
    public static int column(CharSequence text, int lineStart, int offset) {
        int column = 0;
        for (int i = lineStart; i < offset && i < text.length(); i++) {
            column = text.charAt(i) == '\t' ? (column / TAB_STOP + 1) * TAB_STOP : column + 1;
        }
        return column;
    }

    /** Characters {@code start} to {@code end} of {@code text} with tabs expanded to the columns {@link #column} counts. */
    public static String expandTabs(CharSequence text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(" ".repeat(TAB_STOP - out.length() % TAB_STOP));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Where each line starts; a line ends at {@code \n}, {@code \r\n} or a lone {@code \r}, as in javac. */
    public static long[] count(CharSequence text) {
        long[] out = new long[16];
        int n = 0;
        out[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i + 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static CharSequence text(CompilationUnitTree unit) {
        try {
            return unit.getSourceFile().getCharContent(true);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
