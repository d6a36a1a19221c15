package dev.fearless.checker.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds random valid programs out of what the checker reads: values of many types captured by lambdas
 * (expression and block), anonymous and local classes, task objects and method references handed to every
 * kind of boundary, waits for them, and uses and changes after the hand-off, between statements that exercise
 * the rest of the language (switch expressions, labelled loops, try/catch/finally, records, enums, generics with
 * recursive bounds and wildcards, method references of every kind, instanceof patterns, inner classes).
 *
 * <p>Programs are well typed by construction; whether they are safe is the checker's to say. Every local is a
 * placeholder so that rewrites can rename it; the statements say which locals and fields they touch so that
 * rewrites know which of them are independent.
 */
final class ProgramGenerator {
    private final Random random;
    private final Map<String, String> types = new java.util.HashMap<>();
    private int next;

    ProgramGenerator(Random random) {
        this.random = random;
    }

    /** A use of a captured value inside task code: its text, its type, and whether it may stand as a statement. */
    record Use(String text, String type, boolean statement) {
        String asStatement() {
            return statement ? text + ";" : "System.out.println(" + text + ");";
        }
    }

    /**
     * A kind of captured value: its declaration ({@code ${s}} is the value, {@code ${g}} a fresh name), uses inside
     * task code, statements that use or change it afterwards, and a no-argument method reference on it if any.
     */
    record Kind(String type, String init, List<Use> inside, List<String> after, Use methodRef) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("List<String>", "new ArrayList<>(input)",
                    List.of(new Use("${s}.add(\"t\")", "Boolean", true), new Use("${s}.size()", "Integer", true),
                            new Use("${s}.contains(\"a\")", "Boolean", true)),
                    List.of("${s}.add(\"late\");", "System.out.println(#{int|${s}.size()}#);", "${s}.clear();",
                            "#{List<String>|${s}}#.add(\"alias\");",
                            "for (String ${g} : ${s}) {\n    System.out.println(${g});\n}"),
                    new Use("${s}::clear", null, true)),
            new Kind("String", "\"s\" + input.size()",
                    List.of(new Use("${s}.length()", "Integer", true), new Use("${s}.toUpperCase()", "String", true)),
                    List.of("System.out.println(#{String|${s}.trim()}#);"), new Use("${s}::length", "Integer", true)),
            new Kind("int[]", "new int[4]",
                    List.of(new Use("${s}[0]++", "Integer", true), new Use("${s}.length", "Integer", false)),
                    List.of("${s}[1] = 7;", "System.out.println(#{int|${s}[0]}#);", "Arrays.fill(${s}, 1);",
                            "#{int[]|${s}}#[2] = 1;"), null),
            new Kind("AtomicInteger", "new AtomicInteger()",
                    List.of(new Use("${s}.incrementAndGet()", "Integer", true), new Use("${s}.get()", "Integer", true)),
                    List.of("${s}.set(0);", "System.out.println(#{int|${s}.get()}#);"),
                    new Use("${s}::incrementAndGet", "Integer", true)),
            new Kind("ConcurrentMap<String, Integer>", "new ConcurrentHashMap<>()",
                    List.of(new Use("${s}.merge(\"k\", 1, Integer::sum)", "Integer", true),
                            new Use("${s}.getOrDefault(\"k\", 0)", "Integer", true)),
                    List.of("${s}.clear();", "${s}.remove(\"k\");", "System.out.println(#{Integer|${s}.get(\"k\")}#);"), null),
            new Kind("Arc<Mutex<Integer>>", "Arc.of(Mutex.of(0))",
                    List.of(new Use("${s}.get().withLock(MutexGuard::get)", "Integer", true),
                            new Use("${s}.get().withLock(${g} -> { ${g}.set(${g}.get() + 1); return 1; })", "Integer",
                                    true)),
                    List.of("Integer ${g} = #{Mutex<Integer>|${s}.get()}#.withLock(MutexGuard::get);\nSystem.out.println(${g});",
                            "${s}.get().withLock(${g} -> { ${g}.set(5); return 5; });"), null),
            new Kind("Rc<String>", "Rc.of(\"r\")",
                    List.of(new Use("${s}.get().length()", "Integer", true)),
                    List.of("System.out.println(#{String|${s}.get()}#);"), new Use("${s}::get", "String", true)),
            new Kind("Mutex<List<String>>", "Mutex.of(new ArrayList<>())",
                    List.of(new Use("${s}.withLock(${g} -> ${g}.get().add(\"m\"))", "Boolean", true)),
                    List.of("${s}.withLock(${g} -> ${g}.get().size());"), null),
            new Kind("Rec", "new Rec(1, \"b\")",
                    List.of(new Use("${s}.a()", "Integer", true), new Use("${s}.b().length()", "Integer", true)),
                    List.of("System.out.println(#{String|${s}.b()}#);"), new Use("${s}::a", "Integer", true)),
            new Kind("Box", "new Box()",
                    List.of(new Use("${s}.bump()", "Integer", true), new Use("${s}.v", "Integer", false)),
                    List.of("${s}.v = 3;", "System.out.println(#{int|${s}.v}#);", "${s}.bump();",
                            "#{Box|${s}}#.v = 4;"),
                    new Use("${s}::bump", "Integer", true)),
            new Kind("Color", "Color.values()[input.size() % 2]",
                    List.of(new Use("${s}.ordinal()", "Integer", true), new Use("${s}.label()", "String", true)),
                    List.of("System.out.println(#{String|${s}.name()}#);"), null),
            new Kind("StringBuilder", "new StringBuilder()",
                    List.of(new Use("${s}.append(\"x\")", "StringBuilder", true), new Use("${s}.length()", "Integer", true)),
                    List.of("${s}.append(\"late\");", "System.out.println(#{StringBuilder|${s}}#);",
                            "#{StringBuilder|${s}}#.append(\"alias\");"), null),
            new Kind("Cell<String>", "new Cell<>(\"c\")",
                    List.of(new Use("${s}.get()", "String", true), new Use("${s}.swap(\"d\")", "String", true)),
                    List.of("${s}.set(\"z\");", "System.out.println(#{String|${s}.get()}#);"), new Use("${s}::get", "String", true)),
            new Kind("Map<String, Integer>", "new HashMap<>()",
                    List.of(new Use("${s}.put(\"a\", 1)", "Integer", true), new Use("${s}.size()", "Integer", true)),
                    List.of("${s}.put(\"b\", 2);", "System.out.println(#{Integer|${s}.get(\"a\")}#);",
                            "#{Map<String, Integer>|${s}}#.remove(\"a\");"), null));

    static final List<String> MEMBERS = List.of(
            "private int hits;",
            "private final List<String> log = new ArrayList<>();",
            "private final AtomicLong ticks = new AtomicLong();",
            "record Rec(int a, String b) {\n    Rec {\n        Objects.requireNonNull(b);\n    }\n}",
            "static final class Box {\n    int v;\n\n    int bump() {\n        return ++v;\n    }\n}",
            "enum Color {\n    RED, GREEN;\n\n    String label() {\n        return name().toLowerCase();\n    }\n}",
            "static final class Cell<T extends Comparable<? super T>> {\n    private T value;\n\n"
                    + "    Cell(T value) {\n        this.value = value;\n    }\n\n    T get() {\n        return value;\n    }\n\n"
                    + "    void set(T v) {\n        value = v;\n    }\n\n"
                    + "    T swap(T v) {\n        T old = value;\n        value = v.compareTo(old) > 0 ? v : old;\n"
                    + "        return old;\n    }\n}",
            "static final class Job implements Runnable {\n    private final List<String> items;\n\n"
                    + "    Job(List<String> items) {\n        this.items = items;\n    }\n\n"
                    + "    @Override\n    public void run() {\n        items.add(\"job\");\n    }\n}",
            "abstract static class Shape<S extends Shape<S>> implements Comparable<S> {\n    abstract int size();\n\n"
                    + "    @SuppressWarnings(\"unchecked\")\n    S self() {\n        return (S) this;\n    }\n\n"
                    + "    @Override\n    public int compareTo(S o) {\n        return Integer.compare(size(), o.size());\n    }\n}",
            "static final class Square extends Shape<Square> {\n    @Override\n    int size() {\n        return 4;\n    }\n}",
            "final class Counter {\n    int n;\n\n    void inc() {\n        n++;\n        hits++;\n    }\n}",
            "static <T extends Comparable<? super T>> T max(Collection<? extends T> xs) {\n"
                    + "    return Collections.max(xs);\n}",
            "static double sum(List<? extends Number> xs) {\n    double t = 0;\n    for (Number x : xs) {\n"
                    + "        t += x.doubleValue();\n    }\n    return t;\n}",
            "static <K, V extends Comparable<V>> Optional<K> argMax(Map<K, ? extends V> m) {\n"
                    + "    return m.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);\n}",
            "final class Worker implements Runnable {\n    @Override\n    public void run() {\n        hits++;\n"
                    + "        log.add(\"worker\");\n    }\n}",
            "String describe(String s) {\n    return s + hits;\n}");

    /** Fields that task code may touch: a use, its type, and the statements that touch it afterwards. */
    private static final List<Kind> FIELDS = List.of(
            new Kind("int", "hits", List.of(new Use("hits++", "Integer", true)), List.of("hits = 0;"), null),
            new Kind("List<String>", "log", List.of(new Use("log.add(\"f\")", "Boolean", true)),
                    List.of("log.add(\"main\");", "System.out.println(log.size());"), null),
            new Kind("AtomicLong", "ticks", List.of(new Use("ticks.incrementAndGet()", "Long", true)),
                    List.of("System.out.println(ticks.get());"), null));

    /** A new program: class {@code className} with one to three methods. */
    Program program(String className) {
        next = 0;
        types.clear();
        List<Program.Method> methods = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            methods.add(new Program.Method("void m" + i + "(ExecutorService ex, List<String> input) throws Exception",
                    body()));
        }
        return new Program(className, MEMBERS, methods, Map.of(), types);
    }

    private String fresh(String prefix) {
        return prefix + (next++);
    }

    private <T> T pick(List<T> xs) {
        return xs.get(random.nextInt(xs.size()));
    }

    /** A captured value: its name, kind, and whether it is a field. */
    private record Subject(String name, Kind kind, boolean field) {
        String sub(String template, ProgramGenerator g) {
            String t = field ? template : template.replace("${s}", "${" + name + "}");
            return t.contains("${g}") ? t.replace("${g}", "${" + g.fresh("g") + "}") : t;
        }

        /** The names a statement that touches this subject touches. */
        String pseudo() {
            return field ? "this." + kind.init() : name;
        }
    }

    private List<Stmt> body() {
        List<Stmt> out = new ArrayList<>();
        List<Subject> subjects = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(6) == 0) {
                Kind f = pick(FIELDS);
                subjects.add(new Subject(f.init(), f, true));
            } else {
                Kind k = pick(KINDS);
                Subject s = new Subject(fresh(shortName(k)), k, false);
                subjects.add(s);
                types.put(s.name(), k.type());
                out.add(Stmt.of(k.type() + " ${" + s.name() + "} = " + k.init() + ";", s.name()));
            }
        }
        addNoise(out, random.nextInt(3));
        int boundaries = 1 + random.nextInt(2);
        List<Stmt> later = new ArrayList<>();
        for (int b = 0; b < boundaries; b++) {
            List<Subject> captured = new ArrayList<>();
            for (Subject s : subjects) {
                if (random.nextInt(3) != 0) {
                    captured.add(s);
                }
            }
            if (captured.isEmpty()) {
                captured.add(pick(subjects));
            }
            Handoff h = handoff(captured);
            out.addAll(h.before());
            addNoise(out, random.nextInt(2));
            // Uses after the hand-off, some before the wait and some after it.
            List<Stmt> afters = new ArrayList<>();
            for (Subject s : captured) {
                if (random.nextInt(2) == 0) {
                    String text = s.sub(pick(s.kind().after()), this);
                    if (random.nextInt(4) == 0) {
                        text = "if (!input.isEmpty()) {\n" + Program.indent(text, "    ") + "\n}";
                    }
                    afters.add(Stmt.of(text, null, Set.of(), false, s.pseudo()));
                }
            }
            if (h.waitFor() != null && random.nextInt(3) != 0) {
                int split = random.nextInt(afters.size() + 1);
                out.addAll(afters.subList(0, split));
                addNoise(out, random.nextInt(2));
                later.add(h.waitFor());
                later.addAll(afters.subList(split, afters.size()));
            } else {
                out.addAll(afters);
            }
        }
        if (random.nextInt(6) == 0) { // a task object of an inner class, which changes this object's fields
            String call = pick(List.of("ex.execute(#{});", "new Thread(#{}).start();", "ex.submit(#{});"));
            out.add(Stmt.of(call, new Stmt.Hole("Runnable", "new Worker()"), Set.of(), false, "this.hits", "this.log"));
            if (random.nextBoolean()) {
                out.add(Stmt.of(pick(List.of("hits = 0;", "log.add(\"main\");")), null, Set.of(), false, "this.hits",
                        "this.log"));
            }
        }
        out.addAll(later);
        addNoise(out, random.nextInt(2));
        return out;
    }

    private static String shortName(Kind k) {
        String t = k.type().replaceAll("[^A-Za-z].*", "");
        return Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    /** The statements that hand code to another thread, and the statement that waits for it (or null). */
    private record Handoff(List<Stmt> before, Stmt waitFor) {
    }

    private Handoff handoff(List<Subject> captured) {
        Set<String> names = new LinkedHashSet<>();
        captured.forEach(s -> names.add(s.pseudo()));
        List<Use> uses = new ArrayList<>();
        for (Subject s : captured) {
            Use u = pick(s.kind().inside());
            uses.add(new Use(s.sub(u.text(), this), u.type(), u.statement()));
        }
        List<Stmt> before = new ArrayList<>();
        String[] extra = names.toArray(new String[0]);
        // A method reference handed over on its own: one captured value with one.
        Subject first = captured.get(0);
        if (captured.size() == 1 && first.kind().methodRef() != null && random.nextInt(4) == 0) {
            Use ref = first.kind().methodRef();
            Use r = new Use(first.sub(ref.text(), this), ref.type(), true);
            return callable(before, r.text(), r.type(), extra);
        }
        if (captured.size() == 1 && first.kind().type().equals("List<String>") && !first.field()
                && random.nextInt(5) == 0) {
            String h = fresh("h");
            String call = pick(List.of("ex.execute(#{});", "new Thread(#{}).start();",
                    "Future<?> ${" + h + "} = ex.submit(#{});"));
            Stmt s = Stmt.of(call, new Stmt.Hole("Runnable", "new Job(${" + first.name() + "})"),
                    call.contains(h) ? Set.of(h) : Set.of(), false, extra);
            before.add(s);
            return new Handoff(before, call.contains(h) ? Stmt.of("${" + h + "}.get();", null, Set.of(), false,
                    extra) : null);
        }
        int shape = random.nextInt(10);
        if (shape == 0) { // a parallel stream
            String p = fresh("p");
            String body = lambdaBody(uses, false);
            String stream = random.nextBoolean() ? "input.parallelStream().forEach(#{});"
                    : "IntStream.range(0, 4).parallel().forEach(#{});";
            String type = stream.startsWith("input") ? "Consumer<String>" : "IntConsumer";
            before.add(Stmt.of(stream, new Stmt.Hole(type, "${" + p + "} -> " + body), Set.of(), false, extra));
            return new Handoff(before, null);
        }
        if (shape == 1) { // an anonymous class
            String body = blockOf(uses, false);
            String call = random.nextBoolean() ? "new Thread(#{}).start();" : "ex.execute(#{});";
            before.add(Stmt.of(call, new Stmt.Hole("Runnable", "new Runnable() {\n    @Override\n    public void run() "
                    + Program.indent(body, "    ").strip() + "\n}"), Set.of(), false, extra));
            return new Handoff(before, null);
        }
        if (shape == 2) { // a local class
            String j = fresh("Task");
            String body = blockOf(uses, false);
            String call = random.nextBoolean() ? "ex.execute(#{});" : "new Thread(#{}).start();";
            before.add(Stmt.of("class ${" + j + "} implements Runnable {\n    @Override\n    public void run() "
                    + Program.indent(body, "    ").strip() + "\n}", j));
            before.add(Stmt.of(call, new Stmt.Hole("Runnable", "new ${" + j + "}()"), Set.of(), false, extra));
            return new Handoff(before, null);
        }
        if (shape == 3) { // a latch counted down by the task
            String l = fresh("latch");
            before.add(Stmt.of("CountDownLatch ${" + l + "} = new CountDownLatch(1);", l));
            List<Use> withLatch = new ArrayList<>(uses);
            withLatch.add(new Use("${" + l + "}.countDown()", null, true));
            String call = pick(List.of("ex.execute(#{});", "new Thread(#{}).start();",
                    "CompletableFuture.runAsync(#{});"));
            before.add(Stmt.of(call, new Stmt.Hole("Runnable", "() -> " + lambdaBody(withLatch, false)), Set.of(),
                    false, extra));
            return new Handoff(before, Stmt.of("${" + l + "}.await();", null, Set.of(), false, extra));
        }
        if (shape == 4) { // a scope
            String sc = fresh("scope");
            boolean value = random.nextBoolean();
            String lambda = "() -> " + lambdaBody(uses, value);
            String type = value ? "Supplier<" + last(uses).type() + ">" : "Runnable";
            before.add(Stmt.of("Threads.scope(${" + sc + "} -> {\n    ${" + sc + "}.spawn(#{});\n    return null;\n});",
                    new Stmt.Hole(type, lambda), Set.of(), false, extra));
            return new Handoff(before, null);
        }
        boolean value = random.nextBoolean();
        return callable(before, "() -> " + lambdaBody(uses, value), value ? last(uses).type() : null, extra);
    }

    private static Use last(List<Use> uses) {
        return uses.get(uses.size() - 1);
    }

    /**
     * A boundary for code that returns {@code type} (null: nothing): Threads.spawn, new Thread, submit, execute,
     * runAsync, supplyAsync, with a wait for it where there is a handle.
     */
    private Handoff callable(List<Stmt> before, String code, String type, String[] extra) {
        String h = fresh("h");
        String hv = "${" + h + "}";
        List<String[]> forms = new ArrayList<>(); // call, hole type, wait
        String r = type == null ? "Runnable" : null;
        forms.add(new String[] {"var " + hv + " = Threads.spawn(#{});", r == null ? "Supplier<" + type + ">" : r,
                hv + ".join();"});
        forms.add(new String[] {"var " + hv + " = ex.submit(#{});", r == null ? "Callable<" + type + ">" : r,
                hv + ".get();"});
        if (type == null) {
            forms.add(new String[] {"Thread " + hv + " = new Thread(#{});\n" + hv + ".start();", r, hv + ".join();"});
            forms.add(new String[] {"new Thread(#{}).start();", r, null});
            forms.add(new String[] {"ex.execute(#{});", r, null});
            forms.add(new String[] {"CompletableFuture<Void> " + hv + " = CompletableFuture.runAsync(#{});", r,
                    hv + ".join();"});
            forms.add(new String[] {"var " + hv + " = CompletableFuture.runAsync(#{}, ex);", r, hv + ".get();"});
        } else {
            forms.add(new String[] {"var " + hv + " = CompletableFuture.supplyAsync(#{});", "Supplier<" + type + ">",
                    hv + ".join();"});
            forms.add(new String[] {"CompletableFuture<" + type + "> " + hv + " = CompletableFuture.supplyAsync(#{}, ex);",
                    "Supplier<" + type + ">", hv + ".get();"});
        }
        if (random.nextInt(8) == 0) { // handles gathered in a list, all waited for in a loop
            String fs = fresh("handles");
            String i = fresh("i");
            String each = fresh("f");
            boolean spawn = random.nextBoolean();
            String list = spawn ? "List<JoinHandle<?>>" : "List<Future<?>>";
            before.add(Stmt.of(list + " ${" + fs + "} = new ArrayList<>();\nfor (int ${" + i + "} = 0; ${" + i
                    + "} < 2; ${" + i + "}++) {\n    ${" + fs + "}.add(" + (spawn ? "Threads.spawn" : "ex.submit")
                    + "(#{}));\n}", new Stmt.Hole(type == null ? "Runnable" : (spawn ? "Supplier<" : "Callable<") + type
                    + ">", code), Set.of(fs), false, extra));
            return new Handoff(before, Stmt.of("for (" + (spawn ? "JoinHandle<?>" : "Future<?>") + " ${" + each
                    + "} : ${" + fs + "}) {\n    ${" + each + "}." + (spawn ? "join" : "get") + "();\n}", null, Set.of(),
                    false, extra));
        }
        if (type != null && random.nextInt(8) == 0) { // a dependent stage and a wait in one chain
            String x = fresh("x");
            before.add(Stmt.of("CompletableFuture.supplyAsync(#{}).thenAccept(${" + x + "} -> System.out.println(${"
                    + x + "})).join();", new Stmt.Hole("Supplier<" + type + ">", code), Set.of(), false, extra));
            return new Handoff(before, null);
        }
        String[] f = pick(forms);
        boolean handle = f[0].contains(hv);
        boolean loop = random.nextInt(6) == 0;
        String call = f[0];
        if (loop) {
            String i = fresh("i");
            String inner = f[2] != null && random.nextBoolean() ? call + "\n" + f[2] : call;
            call = "for (int ${" + i + "} = 0; ${" + i + "} < 3; ${" + i + "}++) {\n" + Program.indent(inner, "    ")
                    + "\n}";
            before.add(Stmt.of(call, new Stmt.Hole(f[1], code), Set.of(), false, extra));
            return new Handoff(before, null);
        }
        before.add(Stmt.of(call, new Stmt.Hole(f[1], code), handle ? Set.of(h) : Set.of(), false, extra));
        String wait = f[2];
        if (wait != null && random.nextInt(4) == 0) {
            wait = "try {\n    " + wait + "\n} finally {\n    System.out.println(\"waited\");\n}";
        }
        return new Handoff(before, handle && wait != null ? Stmt.of(wait, null, Set.of(), false, extra) : null);
    }

    /** A lambda body: an expression where one use suffices, else a block; it returns the last use's value if asked. */
    private String lambdaBody(List<Use> uses, boolean value) {
        if (uses.size() == 1 && random.nextBoolean() && (value || uses.get(0).statement())) {
            return uses.get(0).text();
        }
        return blockOf(uses, value).replace("\n    ", " ").replace("\n", " ");
    }

    private static String blockOf(List<Use> uses, boolean value) {
        StringBuilder b = new StringBuilder("{\n");
        for (int i = 0; i < uses.size(); i++) {
            Use u = uses.get(i);
            b.append("    ").append(value && i == uses.size() - 1 ? "return " + u.text() + ";" : u.asStatement())
                    .append('\n');
        }
        return b.append("}").toString();
    }

    /** Statements that touch none of the captured values. */
    private void addNoise(List<Stmt> out, int count) {
        for (int i = 0; i < count; i++) {
            out.addAll(noise());
        }
    }

    private List<Stmt> noise() {
        String a = fresh("n");
        String b = fresh("k");
        String va = "${" + a + "}";
        String vb = "${" + b + "}";
        switch (random.nextInt(16)) {
            case 0:
                return List.of(Stmt.of("int " + va + " = switch (input.size() % 3) {\n    case 0 -> 1;\n    case 1 -> {\n"
                        + "        int " + vb + " = input.size() * 2;\n        yield " + vb + ";\n    }\n    default -> 3;\n};", a),
                        Stmt.of("System.out.println(" + va + ");"));
            case 1:
                return List.of(Stmt.of("int " + va + " = switch (Color.values()[input.size() % 2]) {\n"
                        + "    case RED -> 1;\n    case GREEN -> 2;\n};\nSystem.out.println(" + va + ");"));
            case 2: {
                String c = fresh("j");
                return List.of(Stmt.of("int " + va + " = 0;", a), Stmt.of("outer" + a + ":\nfor (int " + vb
                        + " = 0; " + vb + " < 3; " + vb + "++) {\n    for (int ${" + c + "} = 0; ${" + c + "} < 3; ${" + c
                        + "}++) {\n        if (" + vb + " * ${" + c + "} > 2) {\n            break outer" + a
                        + ";\n        }\n        if (${" + c + "} == 1) {\n            continue;\n        }\n        " + va
                        + " += ${" + c + "};\n    }\n}"));
            }
            case 3:
                return List.of(Stmt.of("int " + va + ";", a), Stmt.of("try {\n    " + va
                        + " = Integer.parseInt(\"1\" + input.size());\n} catch (NumberFormatException " + vb + ") {\n    "
                        + va + " = -1;\n} finally {\n    System.out.println(\"parsed\");\n}"),
                        Stmt.of("System.out.println(" + va + ");"));
            case 4:
                return List.of(Stmt.of("String " + va + " = max(#{});", new Stmt.Hole("List<String>",
                        "List.of(\"b\", \"a\")"), Set.of(a), false), Stmt.of("System.out.println(" + va + ");"));
            case 5:
                return List.of(Stmt.of("List<? extends Number> " + va + " = List.of(1, 2.5);", a),
                        Stmt.of("double " + vb + " = sum(" + va + ");", b),
                        Stmt.of("System.out.println(" + vb + " + max(List.of(new Square(), new Square())).size());"));
            case 6: {
                String[][] refs = {{"Function<String, Integer>", "Integer::parseInt", ".apply(\"12\")"},
                        {"Function<String, Integer>", "String::length", ".apply(\"abc\")"},
                        {"Supplier<String>", "\"k\"::toUpperCase", ".get()"},
                        {"Supplier<List<String>>", "ArrayList::new", ".get()"},
                        {"IntFunction<int[]>", "int[]::new", ".apply(3).length"},
                        {"UnaryOperator<String>", "this::describe", ".apply(\"d\")"},
                        {"Supplier<String>", "super::toString", ".get()"},
                        {"BiFunction<String, String, Boolean>", "String::startsWith", ".apply(\"ab\", \"a\")"},
                        {"Function<Integer, Rec>", "v -> new Rec(v, \"r\")", ".apply(2)"}};
                String[] r = refs[random.nextInt(refs.length)];
                return List.of(Stmt.of(r[0] + " " + va + " = #{};", new Stmt.Hole(r[0], r[1]), Set.of(a), false),
                        Stmt.of("System.out.println(" + va + r[2] + ");"));
            }
            case 7:
                return List.of(Stmt.of("Object " + va + " = input;", a), Stmt.of("if (" + va + " instanceof List<?> " + vb
                        + " && !" + vb + ".isEmpty()) {\n    System.out.println(" + vb + ".get(0));\n}"));
            case 8:
                return List.of(Stmt.of("List<String> " + va + " = new ArrayList<>(input);", a),
                        Stmt.of(va + ".sort(#{});", new Stmt.Hole("Comparator<String>",
                                "new Comparator<>() {\n    @Override\n    public int compare(String x, String y) {\n"
                                        + "        return y.compareTo(x);\n    }\n}"), Set.of(), false));
            case 9: {
                String rt = fresh("Local");
                return List.of(Stmt.of("record ${" + rt + "}(int a, int b) {\n    int sum() {\n        return a + b;\n"
                        + "    }\n}", rt), Stmt.of("${" + rt + "} " + va + " = new ${" + rt + "}(1, input.size());", a),
                        Stmt.of("System.out.println(" + va + ".sum());"));
            }
            case 10:
                return List.of(Stmt.of("Counter " + va + " = new Counter();", a),
                        Stmt.of(va + ".inc();", null, Set.of(), false, "this.hits"));
            case 11:
                return List.of(Stmt.of("int " + va + " = input.stream().mapToInt(#{}).filter(" + vb + " -> " + vb
                        + " > 0).sum();", new Stmt.Hole("ToIntFunction<String>", "String::length"), Set.of(a), false),
                        Stmt.of("System.out.println(" + va + ");"));
            case 12:
                return List.of(Stmt.of("int " + va + " = 0;", a), Stmt.of("while (true) {\n    if (++" + va
                        + " > 3) {\n        break;\n    }\n}\ndo {\n    " + va + "--;\n} while (" + va + " > 0);"));
            case 13:
                return List.of(Stmt.of("Map<String, Integer> " + va + " = new TreeMap<>();", a),
                        Stmt.of("for (String " + vb + " : input) {\n    " + va + ".merge(" + vb + ", 1, Integer::sum);\n}"),
                        Stmt.of("System.out.println(argMax(" + va + ").orElse(\"none\"));"));
            case 14:
                return List.of(Stmt.of("Square " + va + " = new Square().self();", a),
                        Stmt.of("System.out.println(" + va + ".compareTo(new Square()) == 0 ? \"same\" : \"other\");"));
            default:
                return List.of(Stmt.of("Optional<String> " + va + " = input.stream().filter(#{}).findFirst();",
                        new Stmt.Hole("Predicate<String>", "s -> s.length() > 1"), Set.of(a), false),
                        Stmt.of("System.out.println(" + va + ".map(String::trim).orElseGet(() -> \"none\"));"));
        }
    }
}
