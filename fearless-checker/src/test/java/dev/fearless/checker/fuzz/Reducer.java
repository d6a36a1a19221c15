package dev.fearless.checker.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Shrinks a program whose verdict a rewrite changes: drops methods, statements and members one at a time for
 * as long as plain javac still accepts the program and its rewrite (made again from the same random source)
 * and the two verdicts still differ. Greedy, one pass after another until nothing more goes.
 */
final class Reducer {
    private Reducer() {
    }

    /** The shrunk pair and their verdicts, as text for a failure message; empty where nothing reproduces. */
    static String reduce(Program program, Rewrites.Rewrite rewrite, long seed) {
        if (!differs(program, rewrite, seed)) {
            return "";
        }
        Program p = program;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int mi = p.methods().size() - 1; mi >= 0 && p.methods().size() > 1; mi--) {
                List<Program.Method> ms = new ArrayList<>(p.methods());
                ms.remove(mi);
                Program q = new Program(p.className(), p.members(), ms, p.rename(), p.types());
                if (differs(q, rewrite, seed)) {
                    p = q;
                    progress = true;
                }
            }
            for (int mi = 0; mi < p.methods().size(); mi++) {
                for (int i = p.methods().get(mi).body().size() - 1; i >= 0; i--) {
                    List<Stmt> body = new ArrayList<>(p.methods().get(mi).body());
                    body.remove(i);
                    Program q = p.withMethod(mi, body);
                    if (differs(q, rewrite, seed)) {
                        p = q;
                        progress = true;
                    }
                }
            }
            for (int i = p.members().size() - 1; i >= 0; i--) {
                List<String> members = new ArrayList<>(p.members());
                members.remove(i);
                Program q = new Program(p.className(), members, p.methods(), p.rename(), p.types());
                if (differs(q, rewrite, seed)) {
                    p = q;
                    progress = true;
                }
            }
        }
        Rewrites.Variant v = rewrite.apply(p, new Random(seed)).orElseThrow();
        return "--- shrunk (" + v.description() + "):\n" + DifferentialFuzzTest.numbered(p.render("r")) + "verdict: "
                + verdict(p.render("r")) + "\n--- shrunk, rewritten:\n"
                + DifferentialFuzzTest.numbered(v.program().render("r")) + "verdict: " + verdict(v.program().render("r"))
                + "\n";
    }

    private static String verdict(String text) {
        String file = "r/" + classOf(text) + ".java";
        return Verdict.of(BatchCompiler.compile(Map.of(file, text), true).of(file)).toString();
    }

    private static String classOf(String text) {
        int at = text.indexOf("\nclass ") + "\nclass ".length();
        return text.substring(at, text.indexOf(' ', at));
    }

    /** Whether {@code p} and its rewrite both compile cleanly and get different verdicts. */
    static boolean differs(Program p, Rewrites.Rewrite rewrite, long seed) {
        Optional<Rewrites.Variant> v = rewrite.apply(p, new Random(seed));
        if (v.isEmpty()) {
            return false;
        }
        String a = "a/" + p.className() + ".java";
        String b = "b/" + p.className() + ".java";
        Map<String, String> sources = Map.of(a, p.render("a"), b, v.get().program().render("b"));
        BatchCompiler.Result plain = BatchCompiler.compile(sources, false);
        if (!plain.ok()) {
            return false;
        }
        BatchCompiler.Result checked = BatchCompiler.compile(sources, true);
        return !Verdict.of(checked.of(a)).equals(Verdict.of(checked.of(b)));
    }
}
