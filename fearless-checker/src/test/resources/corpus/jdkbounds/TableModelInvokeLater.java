import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;

/** invokeLater returns at once: the dispatch thread may still be filling `rows`. */
class TableModelInvokeLater {
    private final DefaultTableModel model = new DefaultTableModel();

    List<Object> selectedRows(int[] indexes) {
        List<Object> rows = new ArrayList<>();
        SwingUtilities.invokeLater(() -> {
            for (int i : indexes) {
                rows.add(model.getValueAt(i, 0));
            }
        });
        rows.removeIf(r -> r == null);
        return rows;
    }
}
