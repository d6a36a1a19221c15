package dev.fearless.checker.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checker's verdict on one program, independent of lines and of how locals are named: how many times each
 * (code, headline) pair was reported, where the headline's renamed locals have their original names again.
 */
record Verdict(Map<String, Integer> counts) {
    private static final Pattern CODE = Pattern.compile("^\\[(F\\d{4})] (.*)$");
    private static final Pattern RENAMED = Pattern.compile("\\b" + Rewrites.RENAMED + "\\d(?=[A-Za-z])");

    /** Whether {@code m} is one of the checker's findings (an error or warning with an F-code headline). */
    static boolean fearless(BatchCompiler.Message m) {
        return CODE.matcher(headline(m)).matches();
    }

    static String headline(BatchCompiler.Message m) {
        return m.text().lines().findFirst().orElse("");
    }

    /** Line numbers inside a headline ("the thread started on line 9"): a rewrite may move statements. */
    private static final java.util.regex.Pattern LINES = java.util.regex.Pattern.compile("line [0-9]+");

    /** How the other side's code is written ("the method reference handed to"): a rewrite may change it. */
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile(
            "the (lambda|method reference|anonymous class|local class|task `[^`]*`) handed to");

    static Verdict of(List<BatchCompiler.Message> messages) {
        Map<String, Integer> counts = new TreeMap<>();
        for (BatchCompiler.Message m : messages) {
            Matcher c = CODE.matcher(headline(m));
            if (c.matches()) {
                String key = m.kind().toString().toLowerCase(java.util.Locale.ROOT) + " " + c.group(1) + " "
                        + FORM.matcher(LINES.matcher(RENAMED.matcher(c.group(2)).replaceAll("")).replaceAll("line #"))
                        .replaceAll("the code handed to");
                counts.merge(key, 1, Integer::sum);
            }
        }
        return new Verdict(counts);
    }

    @Override
    public String toString() {
        if (counts.isEmpty()) {
            return "(no findings)";
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((k, n) -> lines.add((n > 1 ? n + " x " : "") + k));
        return String.join("\n", lines);
    }
}
