// expect: no diagnostic
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;

/** A loader thread asks the event dispatch thread for the selection and waits for the answer. */
class TableModelInvokeAndWait {
    private final DefaultTableModel model = new DefaultTableModel();

    List<Object> selectedRows(int[] indexes) throws InterruptedException, InvocationTargetException {
        List<Object> rows = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            for (int i : indexes) {
                rows.add(model.getValueAt(i, 0));
            }
        });
        rows.removeIf(r -> r == null); // invokeAndWait returned: the dispatch thread is done with `rows`
        return rows;
    }
}
