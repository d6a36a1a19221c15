package dev.fearless.checker.fuzz;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement of a generated method body, as a template: {@code ${x}} stands for the local named {@code x}
 * (renaming picks what it prints as), {@code #{}} for the one subexpression that may be extracted into a final
 * local before the statement (its type and text are the {@link Hole}).
 *
 * <p>{@code names} are the locals the statement reads, writes or declares (inside lambdas and classes too) and
 * pseudo-names for the fields it touches ({@code this.f}); two statements with disjoint names may swap.
 * A {@code barrier} never moves.
 *
 * @param template the text, several lines allowed
 * @param names    the locals and fields the statement touches
 * @param defines  the locals it declares for the statements after it
 * @param hole     the extractable subexpression, or null
 * @param barrier  whether reordering must leave it in place
 */
record Stmt(String template, Set<String> names, Set<String> defines, Hole hole, boolean barrier) {
    private static final Pattern NAME = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
    static final String HOLE = "#{}";

    /** An extractable subexpression: {@code final TYPE t = EXPR;} before the statement means the same. */
    record Hole(String type, String expr) {
    }

    Stmt {
        names = Set.copyOf(names);
        defines = Set.copyOf(defines);
        if ((hole == null) == template.contains(HOLE)) {
            throw new IllegalArgumentException("hole and #{} disagree in " + template);
        }
    }

    /** A hole written in place: {@code #{TYPE|EXPR}#}. */
    private static final Pattern INLINE_HOLE = Pattern.compile("#\\{([^|]+)\\|(.+?)}#", Pattern.DOTALL);

    /**
     * A statement whose names are the placeholders of its template (and hole), plus {@code extra}; a template
     * without a hole of its own may write one in place as {@code #{TYPE|EXPR}#}.
     */
    static Stmt of(String template, Hole hole, Set<String> defines, boolean barrier, String... extra) {
        Matcher inline = INLINE_HOLE.matcher(template);
        if (hole == null && inline.find()) {
            hole = new Hole(inline.group(1), inline.group(2));
            template = template.substring(0, inline.start()) + HOLE + template.substring(inline.end());
        }
        Set<String> names = new LinkedHashSet<>(placeholders(template));
        if (hole != null) {
            names.addAll(placeholders(hole.expr()));
        }
        names.addAll(Set.of(extra));
        names.addAll(defines);
        return new Stmt(template, names, defines, hole, barrier);
    }

    static Stmt of(String template, String... defines) {
        return of(template, null, Set.of(defines), false);
    }

    /** The template with its hole written in place. */
    String inlined() {
        return hole == null ? template : template.replace(HOLE, hole.expr());
    }

    static Set<String> placeholders(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** {@code text} with every placeholder replaced by what {@code names} prints it as. */
    static String render(String text, java.util.function.UnaryOperator<String> names) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(names.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
