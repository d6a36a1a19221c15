// expect: no diagnostic
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import javax.swing.JLabel;
import javax.swing.SwingUtilities;

class InvokeLaterSharesFormatterFixed {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final JLabel status = new JLabel();

    void finished(LocalTime when) {
        String text = FORMAT.format(when);
        SwingUtilities.invokeLater(() -> status.setText("done at " + text));
        System.out.println("finished at " + FORMAT.format(when));
    }
}
