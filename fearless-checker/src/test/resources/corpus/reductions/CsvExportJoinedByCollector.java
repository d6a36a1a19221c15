import java.util.List;
import java.util.stream.Collectors;

/** The fixed version: a collector joins the rows, with a fresh builder per part. */
class CsvExportJoinedByCollector {
    record Row(long id, String name, double amount) {
        String csv() {
            return id + "," + name.replace(",", " ") + "," + amount + "\n";
        }
    }

    String export(List<Row> rows) {
        return rows.parallelStream()
                .map(Row::csv)
                .collect(Collectors.joining("", "id,name,amount\n", ""));
    }

    String exportWithBuilders(List<Row> rows) {
        return rows.parallelStream()
                .map(Row::csv)
                .collect(StringBuilder::new, StringBuilder::append, StringBuilder::append)
                .toString();
    }
}
