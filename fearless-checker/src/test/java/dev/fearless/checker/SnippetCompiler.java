package dev.fearless.checker;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles in-memory sources with {@code -Xplugin:Fearless} (the plugin and the runtime are on the test class
 * path) and returns javac's output exactly as its command line prints it.
 */
final class SnippetCompiler {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final StandardJavaFileManager FILES = JAVAC.getStandardFileManager(null, null, null);

    private SnippetCompiler() {
    }

    /** A source named by its file name, e.g. {@code Demo.java}. */
    record Source(String fileName, String text) {
    }

    /** javac's output (diagnostics and the error count), compiling {@code sources} with the given plugin options. */
    static String compile(String pluginOptions, Source... sources) throws Exception {
        return compile(pluginOptions, List.of(), sources);
    }

    /** Like {@link #compile(String, Source...)}, with more javac options after the plugin's. */
    static String compile(String pluginOptions, List<String> javacOptions, Source... sources) throws Exception {
        Path out = Files.createTempDirectory("fearless-snippet");
        try {
            List<JavaFileObject> units = new ArrayList<>();
            for (Source s : sources) {
                units.add(new InMemorySource(s.fileName(), s.text()));
            }
            String plugin = pluginOptions.isEmpty() ? "-Xplugin:Fearless" : "-Xplugin:Fearless " + pluginOptions;
            List<String> options = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", out.toString(), "-proc:none", plugin));
            options.addAll(javacOptions);
            StringWriter output = new StringWriter();
            JAVAC.getTask(output, FILES, null, options, null, units).call();
            return output.toString().replace(System.lineSeparator(), "\n");
        } finally {
            try (var walk = Files.walk(out)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static String compile(Source... sources) throws Exception {
        return compile("", sources);
    }

    /** A source whose name prints as its bare file name, as javac prints a file given on its command line. */
    private static final class InMemorySource extends SimpleJavaFileObject {
        private final String fileName;
        private final String text;

        InMemorySource(String fileName, String text) {
            super(URI.create("string:///" + fileName), Kind.SOURCE);
            this.fileName = fileName;
            this.text = text;
        }

        @Override
        public String getName() {
            return fileName;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
