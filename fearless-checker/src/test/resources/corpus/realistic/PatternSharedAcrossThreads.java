// expect: no diagnostic
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

class PatternSharedAcrossThreads {
    private static final Pattern EMAIL = Pattern.compile("[^@]+@[^@]+\\.[a-z]+");

    List<String> valid(List<String> candidates) {
        Pattern local = Pattern.compile("^[a-z]");
        return candidates.parallelStream()
                .filter(c -> EMAIL.matcher(c).matches() && local.matcher(c).find())
                .collect(Collectors.toList());
    }
}
