import java.util.List;

/** Renders rows to CSV in parallel, appending every row to one StringBuilder. */
class CsvExportJoinsIntoOneBuilder {
    record Row(long id, String name, double amount) {
        String csv() {
            return id + "," + name.replace(",", " ") + "," + amount + "\n";
        }
    }

    String export(List<Row> rows) {
        StringBuilder header = new StringBuilder("id,name,amount\n");
        return rows.parallelStream()
                .map(Row::csv)
                .reduce(header, StringBuilder::append, StringBuilder::append)
                .toString();
    }
}
