import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class MatcherUsedAfterMove {
    boolean run(Executor executor, String a, String b) {
        Matcher m = Pattern.compile("x+").matcher(a);
        executor.execute(() -> System.out.println(m.find()));
        return m.reset(b).matches();
    }
}
