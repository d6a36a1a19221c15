package dev.fearless.checker.cli;

import java.net.URI;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/** Diagnostics as javac hands them over, made up for the adapter's tests. */
final class Fixtures {
    private Fixtures() {
    }

    static JavaFileObject source(String name, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /** A diagnostic at {@code start..end} (point at start) of {@code file}, or without a place when start is -1. */
    static Diagnostic<JavaFileObject> diagnostic(Diagnostic.Kind kind, JavaFileObject file, long start, long end,
                                                 String message) {
        return new Diagnostic<>() {
            @Override
            public Kind getKind() {
                return kind;
            }

            @Override
            public JavaFileObject getSource() {
                return file;
            }

            @Override
            public long getPosition() {
                return start;
            }

            @Override
            public long getStartPosition() {
                return start;
            }

            @Override
            public long getEndPosition() {
                return end;
            }

            @Override
            public long getLineNumber() {
                return NOPOS; // the adapter counts lines itself
            }

            @Override
            public long getColumnNumber() {
                return NOPOS;
            }

            @Override
            public String getCode() {
                return "compiler.err.proc.messager";
            }

            @Override
            public String getMessage(Locale locale) {
                return message;
            }
        };
    }
}
