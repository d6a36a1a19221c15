import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Arrays;

class ParallelSortComparatorParsesDates {
    void sortByDate(String[] stamps) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        Arrays.parallelSort(stamps, (a, b) -> {
            try {
                return format.parse(a).compareTo(format.parse(b));
            } catch (ParseException e) {
                throw new IllegalArgumentException(e);
            }
        });
    }
}
