package dev.fearless.checker.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Rewrites that keep a program's meaning, so they must keep the checker's verdict: renaming locals, swapping
 * independent statements, extracting a subexpression into a final local, handing over a final alias of a
 * captured local, writing a handed-over method reference as a lambda and an expression lambda as a block
 * lambda, wrapping statements in a block, and
 * wrapping them in a try whose catch only rethrows. Each takes its choices from the random source it is
 * given, so that the same seed repeats the same rewrite (the reducer relies on that).
 */
final class Rewrites {
    private Rewrites() {
    }

    /** A rewritten program and what was done, in words. */
    record Variant(Program program, String description) {
    }

    /** A rewrite: empty where it finds nothing to do in the program. */
    interface Rewrite {
        String name();

        Optional<Variant> apply(Program p, Random random);
    }

    static final List<Rewrite> ALL = List.of(
            rewrite("rename", Rewrites::rename),
            rewrite("reorder", Rewrites::reorder),
            rewrite("extract", Rewrites::extract),
            rewrite("alias", Rewrites::alias),
            rewrite("lambda", Rewrites::lambda),
            rewrite("body", Rewrites::body),
            rewrite("block", (p, r) -> wrap(p, r, false)),
            rewrite("try", (p, r) -> wrap(p, r, true)));

    private static Rewrite rewrite(String name, java.util.function.BiFunction<Program, Random, Optional<Variant>> f) {
        return new Rewrite() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Variant> apply(Program p, Random random) {
                return f.apply(p, random);
            }
        };
    }

    /** The prefix that renamed locals get; the verdict's keys strip it again. */
    static final String RENAMED = "zz";

    /** Every local gets a new name ({@code list3} prints as {@code zz3list3}). */
    static Optional<Variant> rename(Program p, Random random) {
        Map<String, String> names = new HashMap<>();
        for (Program.Method m : p.methods()) {
            for (Stmt s : m.body()) {
                for (String n : Stmt.placeholders(s.inlined())) {
                    names.computeIfAbsent(n, k -> RENAMED + random.nextInt(10) + k);
                }
            }
        }
        return names.isEmpty() ? Optional.empty()
                : Optional.of(new Variant(p.withRename(names), "renamed every local, e.g. " + names.entrySet()
                        .stream().sorted(Map.Entry.comparingByKey()).limit(4).toList()));
    }

    /** Swaps up to three pairs of adjacent statements that touch disjoint locals and fields. */
    static Optional<Variant> reorder(Program p, Random random) {
        Program out = p;
        List<String> done = new ArrayList<>();
        for (int attempt = 0; attempt < 12 && done.size() < 3; attempt++) {
            int mi = random.nextInt(out.methods().size());
            List<Stmt> body = new ArrayList<>(out.methods().get(mi).body());
            if (body.size() < 2) {
                continue;
            }
            int i = random.nextInt(body.size() - 1);
            Stmt a = body.get(i);
            Stmt b = body.get(i + 1);
            if (a.barrier() || b.barrier() || !Collections.disjoint(a.names(), b.names())) {
                continue;
            }
            Collections.swap(body, i, i + 1);
            out = out.withMethod(mi, body);
            done.add("m" + mi + ": statements " + (i + 1) + " and " + (i + 2));
        }
        return done.isEmpty() ? Optional.empty() : Optional.of(new Variant(out, "swapped " + done));
    }

    /** Moves one statement's extractable subexpression into {@code final T t = ...;} just before it. */
    static Optional<Variant> extract(Program p, Random random) {
        List<int[]> holes = new ArrayList<>();
        for (int mi = 0; mi < p.methods().size(); mi++) {
            List<Stmt> body = p.methods().get(mi).body();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i).hole() != null) {
                    holes.add(new int[] {mi, i});
                }
            }
        }
        if (holes.isEmpty()) {
            return Optional.empty();
        }
        int[] at = holes.get(random.nextInt(holes.size()));
        List<Stmt> body = new ArrayList<>(p.methods().get(at[0]).body());
        Stmt s = body.get(at[1]);
        // An alias of a local (final List<String> t = list) is named so that the verdict's keys name it as the
        // local itself: a finding may name the alias it is reported at.
        java.util.regex.Matcher alias = java.util.regex.Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}")
                .matcher(s.hole().expr());
        String t = alias.matches() ? RENAMED + "0" + alias.group(1) : "extracted" + at[0] + "x" + at[1];
        Stmt decl = Stmt.of("final " + s.hole().type() + " ${" + t + "} = " + s.hole().expr() + ";", null, Set.of(t),
                false);
        Set<String> names = new LinkedHashSet<>(s.names());
        names.add(t);
        Stmt rest = new Stmt(s.template().replace(Stmt.HOLE, "${" + t + "}"), names, s.defines(), null, s.barrier());
        body.set(at[1], rest);
        body.add(at[1], decl);
        return Optional.of(new Variant(p.withMethod(at[0], body),
                "extracted `" + Stmt.render(s.hole().expr().lines().findFirst().orElse(""), n -> n) + "` of m" + at[0] + "'s statement "
                        + (at[1] + 1) + " into a final " + s.hole().type()));
    }

    /**
     * Hands over an alias instead of a captured local: {@code final List<String> a = list;} before the statement,
     * and the code handed over (the statement's extractable part) names {@code a} where it named {@code list}.
     */
    static Optional<Variant> alias(Program p, Random random) {
        List<int[]> sites = new ArrayList<>();
        List<String> captured = new ArrayList<>();
        for (int mi = 0; mi < p.methods().size(); mi++) {
            List<Stmt> body = p.methods().get(mi).body();
            for (int i = 0; i < body.size(); i++) {
                Stmt s = body.get(i);
                if (s.hole() != null) {
                    for (String n : Stmt.placeholders(s.hole().expr())) {
                        if (p.types().containsKey(n) && !s.template().contains("${" + n + "}")) {
                            sites.add(new int[] {mi, i});
                            captured.add(n);
                        }
                    }
                }
            }
        }
        if (sites.isEmpty()) {
            return Optional.empty();
        }
        int k = random.nextInt(sites.size());
        int[] at = sites.get(k);
        String n = captured.get(k);
        String a = RENAMED + "0" + n; // the verdict's keys name the alias as the local itself
        List<Stmt> body = new ArrayList<>(p.methods().get(at[0]).body());
        Stmt s = body.get(at[1]);
        Set<String> names = new LinkedHashSet<>(s.names());
        names.add(a);
        body.set(at[1], new Stmt(s.template(), names, s.defines(), new Stmt.Hole(s.hole().type(),
                s.hole().expr().replace("${" + n + "}", "${" + a + "}")), s.barrier()));
        body.add(at[1], Stmt.of("final " + p.types().get(n) + " ${" + a + "} = ${" + n + "};", a));
        return Optional.of(new Variant(p.withMethod(at[0], body), "handed over an alias of `" + n + "` in m" + at[0]
                + "'s statement " + (at[1] + 1)));
    }

    /** Writes a method reference on a local that is handed over ({@code box::bump}) as a lambda ({@code () -> box.bump()}). */
    static Optional<Variant> lambda(Program p, Random random) {
        java.util.regex.Pattern ref = java.util.regex.Pattern.compile("(\\$\\{[A-Za-z][A-Za-z0-9]*})::([a-zA-Z]+)");
        List<int[]> sites = new ArrayList<>();
        for (int mi = 0; mi < p.methods().size(); mi++) {
            List<Stmt> body = p.methods().get(mi).body();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i).hole() != null && ref.matcher(body.get(i).hole().expr()).matches()) {
                    sites.add(new int[] {mi, i});
                }
            }
        }
        if (sites.isEmpty()) {
            return Optional.empty();
        }
        int[] at = sites.get(random.nextInt(sites.size()));
        List<Stmt> body = new ArrayList<>(p.methods().get(at[0]).body());
        Stmt s = body.get(at[1]);
        java.util.regex.Matcher m = ref.matcher(s.hole().expr());
        m.matches();
        body.set(at[1], new Stmt(s.template(), s.names(), s.defines(),
                new Stmt.Hole(s.hole().type(), "() -> " + m.group(1) + "." + m.group(2) + "()"), s.barrier()));
        return Optional.of(new Variant(p.withMethod(at[0], body), "wrote `" + Stmt.render(s.hole().expr(), n -> n)
                + "` in m" + at[0] + "'s statement " + (at[1] + 1) + " as a lambda"));
    }

    /**
     * Writes a handed-over expression lambda as a block lambda: {@code () -> e} as {@code () -> { return e; }} where
     * the code returns a value, {@code () -> { e; }} where it does not.
     */
    static Optional<Variant> body(Program p, Random random) {
        java.util.regex.Pattern expression = java.util.regex.Pattern.compile("(\\(\\)|\\$\\{[A-Za-z0-9]+}) -> ([^{\\n].*)");
        List<int[]> sites = new ArrayList<>();
        for (int mi = 0; mi < p.methods().size(); mi++) {
            List<Stmt> body = p.methods().get(mi).body();
            for (int i = 0; i < body.size(); i++) {
                Stmt.Hole h = body.get(i).hole();
                if (h != null && expression.matcher(h.expr()).matches() && !h.type().startsWith("Function")) {
                    sites.add(new int[] {mi, i});
                }
            }
        }
        if (sites.isEmpty()) {
            return Optional.empty();
        }
        int[] at = sites.get(random.nextInt(sites.size()));
        List<Stmt> body = new ArrayList<>(p.methods().get(at[0]).body());
        Stmt s = body.get(at[1]);
        java.util.regex.Matcher m = expression.matcher(s.hole().expr());
        m.matches();
        boolean value = s.hole().type().startsWith("Supplier") || s.hole().type().startsWith("Callable")
                || s.hole().type().startsWith("Predicate");
        String block = m.group(1) + " -> { " + (value ? "return " + m.group(2) + ";" : m.group(2) + ";") + " }";
        body.set(at[1], new Stmt(s.template(), s.names(), s.defines(), new Stmt.Hole(s.hole().type(), block),
                s.barrier()));
        return Optional.of(new Variant(p.withMethod(at[0], body), "wrote the lambda of m" + at[0] + "'s statement "
                + (at[1] + 1) + " as a block lambda"));
    }

    /**
     * Wraps a run of statements (the shortest from a random one on that declares nothing the statements after it
     * use) in a block, or in {@code try { ... } catch (IllegalStateException e) { throw e; }}.
     */
    static Optional<Variant> wrap(Program p, Random random, boolean tryCatch) {
        int mi = random.nextInt(p.methods().size());
        List<Stmt> body = new ArrayList<>(p.methods().get(mi).body());
        if (body.isEmpty()) {
            return Optional.empty();
        }
        int from = random.nextInt(body.size());
        int to = from;
        while (!closed(body, from, to)) {
            to++;
        }
        Set<String> names = new HashSet<>();
        boolean barrier = false;
        StringBuilder inner = new StringBuilder();
        for (int i = from; i <= to; i++) {
            Stmt s = body.get(i);
            names.addAll(s.names());
            barrier |= s.barrier();
            inner.append(Program.indent(s.inlined(), "    ")).append('\n');
        }
        String e = "never" + mi + "x" + from;
        String text = tryCatch
                ? "try {\n" + inner + "} catch (IllegalStateException ${" + e + "}) {\n    throw ${" + e + "};\n}"
                : "{\n" + inner + "}";
        if (tryCatch) {
            names.add(e);
        }
        body.subList(from, to + 1).clear();
        body.add(from, new Stmt(text, names, Set.of(), null, barrier));
        return Optional.of(new Variant(p.withMethod(mi, body), (tryCatch ? "wrapped in a try/catch" : "wrapped in a block")
                + " m" + mi + "'s statements " + (from + 1) + " to " + (to + 1)));
    }

    /** Whether nothing declared in statements from..to is used after them. */
    private static boolean closed(List<Stmt> body, int from, int to) {
        Set<String> declared = new HashSet<>();
        for (int i = from; i <= to; i++) {
            declared.addAll(body.get(i).defines());
        }
        for (int i = to + 1; i < body.size(); i++) {
            if (!Collections.disjoint(declared, body.get(i).names())) {
                return false;
            }
        }
        return true;
    }
}
