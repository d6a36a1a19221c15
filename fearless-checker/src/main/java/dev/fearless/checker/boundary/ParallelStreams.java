package dev.fearless.checker.boundary;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;

import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Tells which stream calls run on a parallel stream, from the receiver chain as written: the chain goes back
 * to {@code parallelStream()} or passes {@code parallel()} with no {@code sequential()} after it.
 */
public final class ParallelStreams {
    private final Types types;
    private final Elements elements;
    /** {@code BaseStream}, looked up at the first question (javac has no elements before it enters the sources). */
    private TypeElement baseStream;

    /** For one compilation. */
    public ParallelStreams(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    /** Whether {@code call}, a method of {@code owner}, is a stage of a stream that is parallel. */
    public boolean isParallelStage(MethodInvocationTree call, TypeElement owner) {
        if (baseStream == null) {
            baseStream = elements.getTypeElement("java.util.stream.BaseStream");
        }
        if (baseStream == null
                || !types.isSubtype(types.erasure(owner.asType()), types.erasure(baseStream.asType()))) {
            return false;
        }
        ExpressionTree receiver = call.getMethodSelect() instanceof MemberSelectTree s ? s.getExpression() : null;
        while (receiver instanceof MethodInvocationTree inner && inner.getMethodSelect() instanceof MemberSelectTree s) {
            String name = s.getIdentifier().toString();
            if (name.equals("sequential")) {
                return false;
            }
            if (name.equals("parallel") || name.equals("parallelStream")) {
                return true;
            }
            receiver = s.getExpression();
        }
        return false;
    }
}
