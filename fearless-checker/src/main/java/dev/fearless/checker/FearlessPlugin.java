package dev.fearless.checker;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;

/** The {@code -Xplugin:Fearless} entry point. SKELETON: to be implemented. */
public final class FearlessPlugin implements Plugin {
    @Override
    public String getName() {
        return "Fearless";
    }

    @Override
    public void init(JavacTask task, String... args) {
    }
}
