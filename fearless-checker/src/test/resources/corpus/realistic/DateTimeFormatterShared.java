// expect: no diagnostic
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

class DateTimeFormatterShared {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    List<String> format(List<LocalDate> dates, String pattern) {
        DateTimeFormatter custom = DateTimeFormatter.ofPattern(pattern);
        return dates.parallelStream()
                .map(d -> ISO.format(d) + " / " + custom.format(d))
                .collect(Collectors.toList());
    }
}
