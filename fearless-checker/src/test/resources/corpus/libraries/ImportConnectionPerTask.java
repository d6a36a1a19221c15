// expect: no diagnostic
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.ExecutorService;

import javax.sql.DataSource;

class ImportConnectionPerTask {
    record Row(String sku, int quantity) {
    }

    void importAll(DataSource dataSource, ExecutorService pool, List<List<Row>> batches) {
        for (List<Row> batch : batches) {
            pool.submit(() -> {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement insert = connection.prepareStatement(
                                "insert into stock (sku, quantity) values (?, ?)")) {
                    connection.setAutoCommit(false);
                    for (Row row : batch) {
                        insert.setString(1, row.sku());
                        insert.setInt(2, row.quantity());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                }
                return batch.size();
            });
        }
    }
}
