import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class ParallelSetAllSharesFormatter {
    boolean[] run(String[] lines) {
        Matcher digits = Pattern.compile("[0-9]+").matcher("");
        boolean[] result = new boolean[lines.length];
        Integer[] lengths = new Integer[lines.length];
        Arrays.parallelSetAll(lengths, i -> digits.reset(lines[i]).matches() ? 1 : 0);
        return result;
    }
}
