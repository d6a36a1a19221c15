package dev.fearless.checker.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a text file shipped inside the plugin's jar (a data table, an explanation).
 *
 * <p>Implementation notes: {@code Class.getResourceAsStream} opens jar entries through a JVM-wide cache of
 * open jar files that every class loader shares. Build tools run many compilations in one JVM (Maven with
 * {@code -T}, Gradle's compiler daemon), each with its own processor class loader over the same plugin jar;
 * when one compilation ends, javac closes its loader, and that closes the cached jar file that another
 * compilation is reading at that moment ("Stream closed", "zip file closed"). Opening the entry with caching
 * off gives each read its own jar file, closed with the stream.
 */
public final class BundledText {
    private BundledText() {
    }

    /** The resource {@code name} next to class {@code anchor}, as UTF-8 text, if the jar has it. */
    public static Optional<String> read(Class<?> anchor, String name) {
        URL url = anchor.getResource(name);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the Fearless plugin", e);
        }
    }

    /** Like {@link #read}, for a resource the plugin cannot work without. */
    public static String require(Class<?> anchor, String name) {
        return read(anchor, name).orElseThrow(() -> new IllegalStateException("missing resource " + name));
    }
}
