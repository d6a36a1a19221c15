package dev.fearless.checker.capture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

import dev.fearless.checker.boundary.Boundary;
import dev.fearless.checker.summary.MethodSummaries;
import dev.fearless.checker.tree.FunctionalMethods;
import dev.fearless.checker.tree.TreeShapes;

/**
 * Stage 2: lists what crosses a boundary. For code (a lambda, anonymous class or bound method reference
 * {@code x::m}): the locals and parameters declared outside it that it reads, and the fields it touches
 * through {@code this} (each field on its own, like Rust 2021's disjoint captures) or statically. For a
 * plain value passed to a {@code @Send}/{@code @Sync} parameter: the value itself.
 */
public final class CaptureCollector {
    private final Trees trees;
    private final Types types;
    private final FunctionalMethods functional;
    private final MethodSummaries summaries;

    /** A capture collector for one compilation; {@code summaries} tells what called methods touch. */
    public CaptureCollector(Trees trees, Types types, FunctionalMethods functional, MethodSummaries summaries) {
        this.trees = trees;
        this.types = types;
        this.functional = functional;
        this.summaries = summaries;
    }

    /** The captures of {@code boundary}'s argument: locals first, then fields, each in order of first use. */
    public List<Capture> collect(Boundary boundary) {
        TreePath argument = TreeShapes.strip(boundary.argumentPath()); // stored code is read where it was written
        Tree leaf = argument.getLeaf();
        Map<VariableElement, List<TreePath>> locals = new LinkedHashMap<>();
        Map<VariableElement, List<TreePath>> fields = new LinkedHashMap<>();
        Map<Tree, List<TreePath>> via = new java.util.IdentityHashMap<>();
        List<Capture> out = new ArrayList<>();
        if (boundary.via() == Boundary.Via.THREAD_START) {
            TypeMirror type = trees.getTypeMirror(argument);
            Element e = leaf instanceof IdentifierTree ? trees.getElement(argument) : null;
            VariableElement v = e instanceof VariableElement ve && isLocal(ve) ? ve : null;
            out.add(new Capture(boundary, Capture.Kind.THREAD_OBJECT, v, type, List.of(argument)));
            return out;
        }
        TreePath localClass = leaf instanceof NewClassTree n && n.getClassBody() == null ? localClassBody(argument) : null;
        if (leaf instanceof LambdaExpressionTree || (leaf instanceof NewClassTree n && n.getClassBody() != null)) {
            collectFromBody(argument, locals, fields, via);
        } else if (localClass != null) {
            collectFromBody(localClass, locals, fields, via); // new Task() of a local class Task: what Task's body reads
            constructorArguments(argument, locals);
        } else if (leaf instanceof NewClassTree && taskClass(argument) != null) {
            // new Job(batch): a task object of a named class; what it holds comes from its constructor's arguments
            constructorArguments(argument, locals);
            TypeElement task = taskClass(argument);
            for (ExecutableElement m : javax.lang.model.util.ElementFilter.methodsIn(task.getEnclosedElements())) {
                for (MethodSummaries.Touch t : summaries.of(m).touches()) {
                    if (!ownedBy(task, t.field()) && !via.containsKey(t.use().getLeaf())) {
                        List<TreePath> calls = new ArrayList<>(t.calls().size() + 1);
                        calls.add(argument);
                        calls.addAll(t.calls());
                        fields.computeIfAbsent(t.field(), k -> new ArrayList<>()).add(t.use());
                        via.put(t.use().getLeaf(), calls);
                    }
                }
            }
        } else if (leaf instanceof MemberReferenceTree ref) {
            ExpressionTree qualifier = ref.getQualifierExpression();
            TreePath qualifierPath = new TreePath(argument, qualifier);
            if (qualifier instanceof IdentifierTree && trees.getElement(qualifierPath) instanceof VariableElement v
                    && isLocal(v)) {
                locals.computeIfAbsent(v, k -> new ArrayList<>()).add(qualifierPath);
            }
            ExecutableElement target = summaries.sameObjectOrStaticReference(argument);
            if (target != null) {
                reached(target, argument, Set.of(), fields, via); // this::record: what record touches
            }
        } else if (boundary.marker()) {
            TypeMirror type = trees.getTypeMirror(argument);
            if (type != null && type.getKind() != TypeKind.ERROR) {
                Element e = leaf instanceof IdentifierTree ? trees.getElement(argument) : null;
                VariableElement v = e instanceof VariableElement ve && isLocal(ve) ? ve : null;
                out.add(new Capture(boundary, Capture.Kind.ARGUMENT, v, type, List.of(argument)));
            }
            return out;
        }
        if (boundary.stored() != null && boundary.stored().from() == Boundary.From.RETURNED) {
            throughArguments(boundary.stored().reference(), locals, fields, via);
        }
        locals.forEach((v, paths) -> out.add(new Capture(boundary, Capture.Kind.LOCAL, v, v.asType(), paths,
                viaOf(paths, via))));
        TypeElement self = selfReceiver(boundary.call());
        fields.forEach((v, paths) -> {
            if (!ownField(self, v)) {
                out.add(new Capture(boundary, Capture.Kind.FIELD, v, v.asType(), paths, viaOf(paths, via)));
            }
        });
        result(boundary, argument).ifPresent(out::add);
        return out;
    }

    /**
     * For code returned by {@code call} ({@code pool.submit(adder(out, s))}): the returning method's parameters
     * that the code captures stand for the call's arguments. A local passed there is captured as that local, a
     * field of this object as that field, each used where the code uses the parameter, reached through the call.
     * The method's own locals are new for each call and stay as they are (their types still must cross); the
     * fields the code touches are this object's only when the call runs on this object or statically.
     */
    private void throughArguments(TreePath call, Map<VariableElement, List<TreePath>> locals,
                                  Map<VariableElement, List<TreePath>> fields, Map<Tree, List<TreePath>> via) {
        MethodInvocationTree invocation = (MethodInvocationTree) call.getLeaf();
        if (!(trees.getElement(call) instanceof ExecutableElement method)) {
            return;
        }
        if (summaries.sameObjectOrStatic(call) == null) {
            fields.clear(); // another object's fields: what they hold is that object's business here
        }
        List<? extends VariableElement> parameters = method.getParameters();
        Map<VariableElement, List<TreePath>> mapped = new LinkedHashMap<>();
        for (Map.Entry<VariableElement, List<TreePath>> e : locals.entrySet()) {
            int index = parameters.indexOf(e.getKey());
            if (index < 0) {
                mapped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
                continue;
            }
            if (method.isVarArgs() && index == parameters.size() - 1 || index >= invocation.getArguments().size()) {
                continue;
            }
            TreePath argument = TreeShapes.strip(new TreePath(call, invocation.getArguments().get(index)));
            Element passed = argument.getLeaf() instanceof IdentifierTree || argument.getLeaf() instanceof MemberSelectTree
                    ? trees.getElement(argument) : null;
            if (!(passed instanceof VariableElement v)) {
                continue; // a value made at the call: new for each call
            }
            Map<VariableElement, List<TreePath>> into = isLocal(v) ? mapped
                    : v.getKind() == ElementKind.FIELD && (argument.getLeaf() instanceof IdentifierTree
                    || throughThisOrType(new TreePath(argument, ((MemberSelectTree) argument.getLeaf()).getExpression())))
                    ? fields : null;
            if (into == null) {
                continue;
            }
            for (TreePath use : e.getValue()) {
                into.computeIfAbsent(v, k -> new ArrayList<>()).add(use);
                List<TreePath> calls = new ArrayList<>(via.getOrDefault(use.getLeaf(), List.of()).size() + 1);
                calls.add(call);
                calls.addAll(via.getOrDefault(use.getLeaf(), List.of()));
                via.put(use.getLeaf(), calls);
            }
        }
        locals.clear();
        locals.putAll(mapped);
    }

    /**
     * The class whose {@code this} receives the boundary call ({@code execute(task)}, {@code this.execute(task)},
     * {@code Outer.this.execute(task)}), or {@code null} when the receiver is another object or there is none.
     * An object that hands work to itself (an event loop's {@code execute}) runs it on its own thread, the one
     * that owns the object's fields (netty's {@code SingleThreadEventExecutor}): its instance fields are
     * confined there, not shared.
     */
    private TypeElement selfReceiver(TreePath call) {
        if (!(call.getLeaf() instanceof MethodInvocationTree invocation)
                || !(trees.getElement(call) instanceof ExecutableElement method)
                || method.getModifiers().contains(Modifier.STATIC)
                || !(method.getEnclosingElement() instanceof TypeElement owner)) {
            return null;
        }
        ExpressionTree select = invocation.getMethodSelect();
        if (select instanceof IdentifierTree) {
            // implicit this: the innermost enclosing class that has the method (javac's rule)
            for (TreePath p = call; p != null; p = p.getParentPath()) {
                if (p.getLeaf() instanceof ClassTree && trees.getElement(p) instanceof TypeElement c
                        && types.isSubtype(types.erasure(c.asType()), types.erasure(owner.asType()))) {
                    return c;
                }
            }
            return null;
        }
        if (select instanceof MemberSelectTree s) {
            TreePath receiver = new TreePath(new TreePath(call, s), s.getExpression());
            if (!throughThis(receiver)) {
                return null;
            }
            TypeMirror type = trees.getTypeMirror(receiver);
            return type instanceof DeclaredType d && d.asElement() instanceof TypeElement c ? c : null;
        }
        return null;
    }

    /** Whether {@code field} is an instance field of the object {@code self} (the boundary's own receiver). */
    private boolean ownField(TypeElement self, VariableElement field) {
        return self != null && !field.getModifiers().contains(Modifier.STATIC)
                && field.getEnclosingElement() instanceof TypeElement holder
                && types.isSubtype(types.erasure(self.asType()), types.erasure(holder.asType()));
    }

    /** The named class (nested, inner or top-level, with source here) that {@code new X(..)} instantiates. */
    private TypeElement taskClass(TreePath creation) {
        Element e = trees.getElement(creation);
        if (e instanceof ExecutableElement constructor && constructor.getEnclosingElement() instanceof TypeElement type
                && type.getNestingKind() != javax.lang.model.element.NestingKind.LOCAL
                && type.getNestingKind() != javax.lang.model.element.NestingKind.ANONYMOUS
                && summaries.hasSource(constructor)) {
            return type;
        }
        return null;
    }

    /** Whether {@code field} belongs to objects of {@code type} (declared there or in a supertype): the task's own. */
    private boolean ownedBy(TypeElement type, VariableElement field) {
        return !field.getModifiers().contains(Modifier.STATIC) && field.getEnclosingElement() instanceof TypeElement holder
                && types.isSubtype(types.erasure(type.asType()), types.erasure(holder.asType()));
    }

    /**
     * The locals passed to a task object's constructor ({@code new Job(batch)}) that it stores in its fields:
     * the object holds them, so they cross with it; the use is the argument itself.
     */
    private void constructorArguments(TreePath creation, Map<VariableElement, List<TreePath>> locals) {
        NewClassTree n = (NewClassTree) creation.getLeaf();
        if (!(trees.getElement(creation) instanceof ExecutableElement constructor)) {
            return;
        }
        java.util.BitSet stored = summaries.storedParameters(constructor);
        for (int i = 0; i < n.getArguments().size(); i++) {
            TreePath a = TreeShapes.strip(new TreePath(creation, n.getArguments().get(i)));
            if (stored.get(Math.min(i, Math.max(0, constructor.getParameters().size() - 1)))
                    && a.getLeaf() instanceof IdentifierTree && trees.getElement(a) instanceof VariableElement v
                    && isLocal(v)) {
                locals.computeIfAbsent(v, k -> new ArrayList<>()).add(a);
            }
        }
    }

    /** The declaration of the local class that {@code new X(..)} instantiates, if X is one. */
    private TreePath localClassBody(TreePath creation) {
        Element e = trees.getElement(creation);
        if (e instanceof ExecutableElement constructor && constructor.getEnclosingElement() instanceof TypeElement type
                && type.getNestingKind() == javax.lang.model.element.NestingKind.LOCAL) {
            return trees.getPath(type);
        }
        return null;
    }

    /** What the code returns, if it returns a value: {@code Threads.spawn(() -> Rc.of(5))}. */
    private Optional<Capture> result(Boundary boundary, TreePath argument) {
        if (!(argument.getLeaf() instanceof LambdaExpressionTree lambda)) {
            return Optional.empty();
        }
        // The functional method may be inherited: interface Task extends Supplier<Rc<String>> returns Rc<String>.
        Optional<ExecutableType> signature = functional.signature(trees.getTypeMirror(argument));
        if (signature.isEmpty() || signature.get().getReturnType().getKind() == TypeKind.VOID) {
            return Optional.empty();
        }
        ExecutableType method = signature.get();
        TreePath returned = null;
        if (lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
            returned = new TreePath(argument, lambda.getBody());
        } else {
            returned = firstReturn(new TreePath(argument, lambda.getBody()));
        }
        if (returned == null) {
            return Optional.empty();
        }
        TypeMirror type = trees.getTypeMirror(returned);
        if (type == null || type.getKind() == TypeKind.ERROR || type.getKind() == TypeKind.NULL) {
            type = method.getReturnType();
        }
        return Optional.of(new Capture(boundary, Capture.Kind.RESULT, null, type, List.of(returned)));
    }

    private static TreePath firstReturn(TreePath body) {
        TreePath[] found = new TreePath[1];
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitReturn(ReturnTree node, Void unused) {
                if (found[0] == null && node.getExpression() != null) {
                    found[0] = new TreePath(getCurrentPath(), node.getExpression());
                }
                return null;
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null; // a nested lambda's returns are its own
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }
        }.scan(body, null);
        return found[0];
    }

    private static Map<Tree, List<TreePath>> viaOf(List<TreePath> uses, Map<Tree, List<TreePath>> via) {
        Map<Tree, List<TreePath>> out = new java.util.IdentityHashMap<>();
        for (TreePath u : uses) {
            List<TreePath> calls = via.get(u.getLeaf());
            if (calls != null) {
                out.put(u.getLeaf(), calls);
            }
        }
        return out;
    }

    /**
     * The fields that {@code method}, called at {@code call} from the boundary's code, touches through its own
     * object or statically: they are touched by the task too.
     */
    private void reached(ExecutableElement method, TreePath call, Set<Element> declaredInside,
                         Map<VariableElement, List<TreePath>> fields, Map<Tree, List<TreePath>> via) {
        for (MethodSummaries.Touch t : summaries.of(method).touches()) {
            if (!isSharedField(t.field(), declaredInside) || via.containsKey(t.use().getLeaf())) {
                continue;
            }
            List<TreePath> calls = new ArrayList<>(t.calls().size() + 1);
            calls.add(call);
            calls.addAll(t.calls());
            fields.computeIfAbsent(t.field(), k -> new ArrayList<>()).add(t.use());
            via.put(t.use().getLeaf(), calls);
        }
    }

    private void collectFromBody(TreePath body, Map<VariableElement, List<TreePath>> locals,
                                 Map<VariableElement, List<TreePath>> fields, Map<Tree, List<TreePath>> via) {
        Set<Element> declaredInside = new HashSet<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e != null) {
                    declaredInside.add(e);
                }
                return super.visitVariable(node, unused);
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e != null) {
                    declaredInside.add(e); // fields of a class declared inside belong to its own objects
                }
                return super.visitClass(node, unused);
            }
        }.scan(body, null);
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e instanceof VariableElement v && !declaredInside.contains(v)) {
                    if (isLocal(v)) {
                        locals.computeIfAbsent(v, k -> new ArrayList<>()).add(getCurrentPath());
                    } else if (isSharedField(v, declaredInside)) {
                        fields.computeIfAbsent(v, k -> new ArrayList<>()).add(getCurrentPath());
                    }
                }
                return super.visitIdentifier(node, unused);
            }

            @Override
            public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                // this.count, Outer.this.count, Registry.INSTANCES: a field reached without a captured local
                Element e = trees.getElement(getCurrentPath());
                if (e instanceof VariableElement v && isSharedField(v, declaredInside)
                        && throughThisOrType(new TreePath(getCurrentPath(), node.getExpression()))) {
                    fields.computeIfAbsent(v, k -> new ArrayList<>()).add(getCurrentPath());
                }
                return super.visitMemberSelect(node, unused);
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                // record(item) on this object, or a static helper: what it touches, the task touches
                ExecutableElement callee = summaries.sameObjectOrStatic(getCurrentPath());
                if (callee != null && !declaredInside.contains(callee.getEnclosingElement())) {
                    reached(callee, getCurrentPath(), declaredInside, fields, via);
                }
                return super.visitMethodInvocation(node, unused);
            }
        }.scan(body, null);
    }

    private boolean throughThisOrType(TreePath expression) {
        if (throughThis(expression)) {
            return true;
        }
        Element e = trees.getElement(expression);
        return e != null && (e.getKind().isClass() || e.getKind().isInterface());
    }

    private static boolean throughThis(TreePath expression) {
        Tree leaf = expression.getLeaf();
        if (leaf instanceof IdentifierTree id && id.getName().contentEquals("this")) {
            return true;
        }
        return leaf instanceof MemberSelectTree s && s.getIdentifier().contentEquals("this");
    }

    private static boolean isSharedField(VariableElement v, Set<Element> declaredInside) {
        // An enum constant is a static final field: global, shared by every thread.
        return (v.getKind() == ElementKind.FIELD || v.getKind() == ElementKind.ENUM_CONSTANT)
                && !declaredInside.contains(v.getEnclosingElement())
                && !v.getSimpleName().contentEquals("this") && !v.getSimpleName().contentEquals("super")
                && !v.getSimpleName().contentEquals("length");
    }

    private static boolean isLocal(VariableElement v) {
        ElementKind k = v.getKind();
        return k == ElementKind.LOCAL_VARIABLE || k == ElementKind.PARAMETER
                || k == ElementKind.EXCEPTION_PARAMETER || k == ElementKind.RESOURCE_VARIABLE
                || k.name().equals("BINDING_VARIABLE");
    }
}
