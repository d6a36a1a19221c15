package dev.fearless.checker.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

/** The verdict engine on its own: identity of types in the memo, recursion, expansive generic types. */
class VerdictEngineTest {
    private JavacTask task;
    private VerdictEngine engine;
    /** Classes of the compiled source by "method/Name" for local classes, "Name" for others. */
    private final Map<String, TypeElement> classes = new HashMap<>();

    private void compile(String source) throws Exception {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///T.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, null,
                List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null, List.of(file));
        Trees trees = Trees.instance(task);
        for (var unit : task.parse()) {
            task.analyze();
            new TreePathScanner<Void, String>() {
                @Override
                public Void visitMethod(MethodTree node, String in) {
                    return super.visitMethod(node, node.getName().toString());
                }

                @Override
                public Void visitClass(ClassTree node, String in) {
                    TypeElement e = (TypeElement) trees.getElement(getCurrentPath());
                    classes.put(in == null ? node.getSimpleName().toString() : in + "/" + node.getSimpleName(), e);
                    return super.visitClass(node, null);
                }
            }.scan(unit, null);
        }
        engine = new VerdictEngine(task.getTypes(), task.getElements(), TypeTable.load(List.of()));
    }

    private TypeMirror type(String name) {
        return classes.get(name).asType();
    }

    @Test
    void twoLocalRecordsWithTheSameNameAreTwoTypes() throws Exception {
        compile("""
                import dev.fearless.rc.Rc;
                class T {
                    void a() { record Holder(Rc<String> s) {} }
                    void b() { record Holder(String s) {} }
                    void c() { final class Box { final Rc<Integer> r = null; } }
                    void d() { record Box(int v) {} }
                }
                """);
        // asked in both orders, so a shared memo entry would show whichever came first
        assertThat(engine.judge(type("b/Holder"), Property.SEND).holds()).isTrue();
        assertThat(engine.judge(type("a/Holder"), Property.SEND)).isInstanceOf(Verdict.Fails.class);
        assertThat(engine.judge(type("c/Box"), Property.SEND)).isInstanceOf(Verdict.Fails.class);
        assertThat(engine.judge(type("d/Box"), Property.SEND).holds()).isTrue();
    }

    @Test
    void aTypeJudgedWhileAnotherIsAssumedIsJudgedAgainOnItsOwn() throws Exception {
        compile("""
                import dev.fearless.rc.Rc;
                class T {
                    record A(B b, Rc<String> n) {}
                    record B(A a) {}
                }
                """);
        assertThat(engine.judge(type("A"), Property.SEND)).isInstanceOf(Verdict.Fails.class);
        // B was judged inside A while A was assumed Send; on its own it reaches A's Rc
        Verdict b = engine.judge(type("B"), Property.SEND);
        assertThat(b).isInstanceOf(Verdict.Fails.class);
        Failure f = ((Verdict.Fails) b).failure();
        assertThat(f.culprit().toString()).isEqualTo("dev.fearless.rc.Rc<java.lang.String>");
        assertThat(f.steps()).extracting(Step::field).containsExactly("n", "a");
    }

    @Test
    void aRecursiveTypeIsDecidedByItsOtherParts() throws Exception {
        compile("""
                import java.util.List;
                class T {
                    record Node(String name, List<Node> children) {}
                    record Cell(Cell next, int value) {}
                }
                """);
        assertThat(engine.judge(type("Node"), Property.SEND).holds()).isTrue();
        assertThat(engine.judge(type("Node"), Property.SYNC)).isInstanceOf(Verdict.Fails.class); // List is plain
        assertThat(engine.judge(type("Cell"), Property.SYNC).holds()).isTrue();
    }

    @Test
    void typeArgumentsAreOfTheKey() throws Exception {
        compile("""
                import dev.fearless.rc.Rc;
                class T {
                    static final class Box<V> { final V v = null; }
                    Box<Rc<String>> bad;
                    Box<String> good;
                }
                """);
        TypeElement t = classes.get("T");
        TypeMirror bad = t.getEnclosedElements().stream().filter(e -> e.getSimpleName().contentEquals("bad"))
                .findFirst().orElseThrow().asType();
        TypeMirror good = t.getEnclosedElements().stream().filter(e -> e.getSimpleName().contentEquals("good"))
                .findFirst().orElseThrow().asType();
        assertThat(engine.judge(good, Property.SEND).holds()).isTrue();
        assertThat(engine.judge(bad, Property.SEND)).isInstanceOf(Verdict.Fails.class);
        assertThat(((DeclaredType) bad).getTypeArguments()).hasSize(1);
    }

    @Test
    void aTypeWhoseArgumentsGrowAtEachLevelEndsUnknownAtOnce() throws Exception {
        compile("""
                import dev.fearless.rc.Rc;
                class T {
                    record G<X>(G<G<X>> next) {}
                    record Two<X>(Two<Two<X>> a, Two<java.util.List<X>> b, X x) {}
                    record Bad<X>(Bad<Bad<X>> next, Rc<String> r) {}
                    G<String> g;
                    Two<String> two;
                    Bad<String> bad;
                }
                """);
        TypeElement t = classes.get("T");
        Map<String, TypeMirror> fields = new HashMap<>();
        t.getEnclosedElements().forEach(e -> fields.put(e.getSimpleName().toString(), e.asType()));
        assertThat(engine.judge(fields.get("g"), Property.SEND)).isInstanceOf(Verdict.Unknown.class);
        assertThat(engine.judge(fields.get("two"), Property.SYNC)).isNotInstanceOf(Verdict.Holds.class);
        assertThat(engine.judge(fields.get("two"), Property.SEND)).isInstanceOf(Verdict.Unknown.class);
        // a part that fails whatever the arguments still fails
        assertThat(engine.judge(fields.get("bad"), Property.SEND)).isInstanceOf(Verdict.Fails.class);
    }
}
