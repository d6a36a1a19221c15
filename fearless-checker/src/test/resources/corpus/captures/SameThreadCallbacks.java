// expect: no diagnostic
import dev.fearless.rc.Rc;

import java.util.List;
import java.util.Optional;

class SameThreadCallbacks {
    int run(List<String> names) {
        Rc<StringBuilder> out = Rc.of(new StringBuilder());
        names.forEach(n -> out.get().append(n));
        names.stream().map(n -> out.get().length() + n.length()).forEach(System.out::println);
        Optional.of("x").ifPresent(x -> out.get().append(x));
        Runnable later = () -> out.get().append("!");
        later.run();
        return out.get().length();
    }
}
