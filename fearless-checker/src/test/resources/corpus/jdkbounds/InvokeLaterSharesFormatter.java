import java.text.SimpleDateFormat;
import java.util.Date;

import javax.swing.JLabel;
import javax.swing.SwingUtilities;

class InvokeLaterSharesFormatter {
    private final JLabel status = new JLabel();

    void finished(Date when) {
        SimpleDateFormat format = new SimpleDateFormat("HH:mm:ss");
        SwingUtilities.invokeLater(() -> status.setText("done at " + format.format(when)));
        System.out.println("finished at " + format.format(when));
    }
}
