// expect: no diagnostic
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

class WordCountParallel {
    Map<String, Long> count(List<String> lines, Locale locale) {
        String separators = "[\\s,.;:!?]+";
        return lines.parallelStream()
                .flatMap(line -> Arrays.stream(line.split(separators)))
                .filter(word -> !word.isBlank())
                .map(word -> word.toLowerCase(locale))
                .collect(Collectors.groupingByConcurrent(Function.identity(), Collectors.counting()));
    }
}
