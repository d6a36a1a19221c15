// expect: no diagnostic
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

class ExceptionLoggedOnPool {
    private static final Logger LOG = Logger.getLogger(ExceptionLoggedOnPool.class.getName());

    void process(Executor executor, String input) {
        try {
            Integer.parseInt(input);
        } catch (NumberFormatException e) {
            executor.execute(() -> LOG.log(Level.WARNING, "bad input " + input, e));
        }
    }
}
