package dev.fearless.checker.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A generated compilation unit: one class with fixed members and methods whose bodies are lists of
 * {@link Stmt}s, and the names its locals print as. Rewrites return new programs; the class name stays, the
 * package tells the copies of one compilation apart.
 *
 * @param className the top-level class
 * @param members   fields, nested types and methods, as text (no placeholders)
 * @param methods   the methods that rewrites work on
 * @param rename    what a placeholder prints as, where it is not its own name
 * @param types     the declared types of the locals that task code captures
 */
record Program(String className, List<String> members, List<Method> methods, Map<String, String> rename,
               Map<String, String> types) {
    static final String IMPORTS = """
            import dev.fearless.rc.Rc;
            import dev.fearless.sync.Arc;
            import dev.fearless.sync.Mutex;
            import dev.fearless.sync.MutexGuard;
            import dev.fearless.thread.JoinHandle;
            import dev.fearless.thread.Threads;
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.concurrent.atomic.*;
            import java.util.function.*;
            import java.util.stream.*;
            """;

    /** A method: its header (up to and without the opening brace) and body. */
    record Method(String header, List<Stmt> body) {
        Method {
            body = List.copyOf(body);
        }
    }

    Program {
        members = List.copyOf(members);
        methods = List.copyOf(methods);
        rename = Map.copyOf(rename);
        types = Map.copyOf(types);
    }

    Program withMethod(int index, List<Stmt> body) {
        List<Method> ms = new ArrayList<>(methods);
        ms.set(index, new Method(methods.get(index).header(), body));
        return new Program(className, members, ms, rename, types);
    }

    Program withRename(Map<String, String> names) {
        return new Program(className, members, methods, names, types);
    }

    String fileName(String pkg) {
        return pkg + "/" + className + ".java";
    }

    /** The source text, in package {@code pkg}. */
    String render(String pkg) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg).append(";\n\n").append(IMPORTS).append('\n');
        s.append("class ").append(className).append(" {\n");
        for (String m : members) {
            s.append(indent(m, "    ")).append('\n');
        }
        for (Method m : methods) {
            s.append("    ").append(m.header()).append(" {\n");
            for (Stmt st : m.body()) {
                s.append(indent(Stmt.render(st.inlined(), n -> rename.getOrDefault(n, n)), "        ")).append('\n');
            }
            s.append("    }\n");
        }
        return s.append("}\n").toString();
    }

    static String indent(String text, String by) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.isEmpty() ? "" : by + line);
        }
        return out.toString();
    }

    int statements() {
        return methods.stream().mapToInt(m -> m.body().size()).sum();
    }
}
