package dev.fearless.checker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * The checker's version and where users read about it, written into {@code fearless.properties} by the build.
 *
 * @param version        e.g. {@code 0.1.0}
 * @param informationUri the checker's documentation
 */
record ToolInfo(String version, String informationUri) {

    /** The values the build wrote. */
    static ToolInfo load() {
        Properties p = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("fearless.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ToolInfo(p.getProperty("version", "unknown"), p.getProperty("informationUri", ""));
    }

    /** Where a code's explanation can be read. */
    String helpUri(String code) {
        return informationUri + "#" + code.toLowerCase(Locale.ROOT);
    }
}
