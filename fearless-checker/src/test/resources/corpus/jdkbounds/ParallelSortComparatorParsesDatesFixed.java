// expect: no diagnostic
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;

class ParallelSortComparatorParsesDatesFixed {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    void sortByDate(String[] stamps) {
        Arrays.parallelSort(stamps, Comparator.comparing(s -> LocalDate.parse(s, FORMAT)));
    }
}
