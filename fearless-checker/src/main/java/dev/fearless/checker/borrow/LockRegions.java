package dev.fearless.checker.borrow;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;

import javax.lang.model.element.Modifier;

import dev.fearless.checker.capture.Capture;

/**
 * Whether a use sits inside a region that holds a lock: a {@code synchronized} block, the body of a
 * {@code try} whose {@code finally} unlocks ({@code lock.lock(); try { .. } finally { lock.unlock(); }}), or of a
 * {@code try} whose resource is a lock guard ({@code try (AutoLock l = lock.lock()) { .. }}).
 * Uses there are the author's protected state, like fields marked {@code @GuardedBy}: checking that every
 * use takes the same lock comes later, so the checker stays silent rather than guess.
 */
public final class LockRegions {
    private LockRegions() {
    }

    /** Whether every use of {@code capture} is inside a locked region (and there is at least one). */
    public static boolean allGuarded(Capture capture) {
        return !capture.uses().isEmpty() && capture.uses().stream().allMatch(u -> guarded(capture, u));
    }

    /**
     * Whether {@code use} of {@code capture} holds a lock: the use itself, or for a use inside a called method,
     * any call on the way to it ({@code synchronized (this) { record(x); }}).
     */
    static boolean guarded(Capture capture, TreePath use) {
        return guarded(use) || capture.callsTo(use).stream().anyMatch(LockRegions::guarded);
    }

    static boolean guarded(TreePath use) {
        for (TreePath p = use; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof SynchronizedTree) {
                return true;
            }
            if (p.getLeaf() instanceof MethodTree m && m.getModifiers().getFlags().contains(Modifier.SYNCHRONIZED)) {
                return true; // a synchronized method holds its object's lock
            }
            if (p.getParentPath() != null && p.getParentPath().getLeaf() instanceof TryTree t
                    && t.getBlock() == p.getLeaf() && (unlocks(t.getFinallyBlock()) || locksAsResource(t))) {
                return true;
            }
            if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof ClassTree) {
                return false; // a lock held around the lambda's creation is not held when it runs
            }
        }
        return false;
    }

    /**
     * {@code try (AutoLock l = lock.lock()) { .. }} (Jetty's {@code AutoLock}, a Fearless {@code MutexGuard} from
     * {@code mutex.lock()}, any closeable guard): a resource made by a call named {@code lock*} or {@code acquire*}
     * holds the lock for the block and releases it on close.
     */
    private static boolean locksAsResource(TryTree t) {
        for (com.sun.source.tree.Tree resource : t.getResources()) {
            com.sun.source.tree.Tree init = resource instanceof com.sun.source.tree.VariableTree v ? v.getInitializer() : resource;
            if (init instanceof MethodInvocationTree call) {
                String name = call.getMethodSelect() instanceof MemberSelectTree s ? s.getIdentifier().toString()
                        : call.getMethodSelect().toString();
                if (name.startsWith("lock") || name.startsWith("acquire") || name.startsWith("readLock")
                        || name.startsWith("writeLock")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean unlocks(BlockTree block) {
        if (block == null) {
            return false;
        }
        Boolean found = new TreeScanner<Boolean, Void>() {
            @Override
            public Boolean visitMethodInvocation(MethodInvocationTree node, Void unused) {
                if (node.getMethodSelect() instanceof MemberSelectTree s && s.getIdentifier().toString().startsWith("unlock")) {
                    return true;
                }
                return super.visitMethodInvocation(node, unused);
            }

            @Override
            public Boolean reduce(Boolean a, Boolean b) {
                return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
            }
        }.scan(block, null);
        return Boolean.TRUE.equals(found);
    }
}
