import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class ParallelStreamSharesMatcher {
    long run(List<String> lines) {
        Matcher m = Pattern.compile("\\d+").matcher("");
        return lines.stream().parallel().filter(l -> m.reset(l).find()).count();
    }
}
