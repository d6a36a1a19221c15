import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;

import javax.sql.DataSource;

class ImportSharedConnection {
    record Row(String sku, int quantity) {
    }

    void importAll(DataSource dataSource, ExecutorService pool, List<List<Row>> batches) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        for (List<Row> batch : batches) {
            pool.submit(() -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into stock (sku, quantity) values (?, ?)")) {
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
