package dev.fearless.examples.docs;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the relative links of Markdown files that lead nowhere: a target file that does not exist, or a
 * {@code #anchor} that names no heading of the Markdown file it points into.
 *
 * <p>Links are inline ({@code [text](target)}, {@code ![alt](target)}) and reference definitions
 * ({@code [id]: target}), outside fenced code blocks and inline code. Absolute URLs ({@code https:},
 * {@code mailto:}, ...) are not checked. Anchors are the heading slugs GitHub renders: the heading's text
 * without Markdown punctuation, lower-cased, spaces turned into hyphens, a repeated slug numbered
 * {@code -1}, {@code -2}, ...; an HTML {@code id} or {@code name} attribute also counts.
 */
final class MarkdownLinks {
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]\\(\\s*(<[^>]*>|[^\\s)]+)(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ID = Pattern.compile("<[a-zA-Z][^>]*\\s(?:id|name)=\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    private MarkdownLinks() {
    }

    /** One broken link: where it is written, and why it leads nowhere. */
    record Broken(Path file, int line, String target, String why) {
        @Override
        public String toString() {
            return file + ":" + line + ": (" + target + ") " + why;
        }
    }

    /** The broken relative links of the given Markdown files. */
    static List<Broken> broken(List<Path> files) throws IOException {
        MarkdownLinks links = new MarkdownLinks();
        List<Broken> broken = new ArrayList<>();
        for (Path file : files) {
            links.check(file, broken);
        }
        return broken;
    }

    private void check(Path file, List<Broken> broken) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            String text = INLINE_CODE.matcher(line).replaceAll("``");
            List<String> targets = new ArrayList<>();
            Matcher inline = INLINE_LINK.matcher(text);
            while (inline.find()) {
                targets.add(inline.group(2));
            }
            Matcher reference = REFERENCE.matcher(text);
            if (reference.find()) {
                targets.add(reference.group(1));
            }
            for (String target : targets) {
                String why = whyBroken(file, target);
                if (why != null) {
                    broken.add(new Broken(file, i + 1, target, why));
                }
            }
        }
    }

    private String whyBroken(Path file, String written) throws IOException {
        String target = written.startsWith("<") && written.endsWith(">")
                ? written.substring(1, written.length() - 1) : written;
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            return null;
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
        Path resolved = pathPart.isEmpty() ? file
                : file.getParent().resolve(URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8))
                        .normalize();
        if (!Files.exists(resolved)) {
            return "no such file: " + resolved;
        }
        if (anchor == null || anchor.isEmpty()) {
            return null;
        }
        if (!resolved.toString().endsWith(".md")) {
            return null;   // an anchor into source code (#L12) is GitHub's, not a heading
        }
        if (!anchorsOf(resolved).contains(anchor)) {
            return "no heading `#" + anchor + "` in " + resolved.getFileName();
        }
        return null;
    }

    private Set<String> anchorsOf(Path file) throws IOException {
        Set<String> known = anchors.get(file);
        if (known == null) {
            known = readAnchors(file);
            anchors.put(file, known);
        }
        return known;
    }

    private static Set<String> readAnchors(Path file) throws IOException {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inFence = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher html = HTML_ID.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(2));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return anchors;
    }

    /** GitHub's anchor for a heading's Markdown text. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")   // a link: its text
                .replaceAll("<[^>]+>", "");                                       // inline HTML
        StringBuilder slug = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }
}
