package dev.fearless.checker.report;

import java.util.List;

import javax.tools.JavaFileObject;

/**
 * Receives each diagnostic the checker reports, with its labels as exact spans, as it hands the diagnostic to
 * javac: a tool that runs javac itself (the command line) passes one to
 * {@link dev.fearless.checker.FearlessPlugin#init(com.sun.source.util.JavacTask, DiagnosticSink, String...)} for
 * its own task, and reads the places from here instead of from the message text.
 */
@FunctionalInterface
public interface DiagnosticSink {

    /** Called once for each diagnostic javac is asked to print, right after it is (not for suppressed ones). */
    void reported(Reported diagnostic);

    /**
     * A diagnostic as javac was given it.
     *
     * @param file     the file it is in
     * @param position where javac's caret is (the start of the reported tree), a character offset in the file
     * @param message  the whole message, as javac prints it after {@code error:}
     * @param labels   its labels, in source order
     */
    record Reported(JavaFileObject file, long position, String message, List<RenderedDiagnostic.Label> labels) {
        public Reported {
            labels = List.copyOf(labels);
        }
    }
}
