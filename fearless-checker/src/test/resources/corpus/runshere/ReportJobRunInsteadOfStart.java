import java.util.ArrayList;
import java.util.List;

class ReportJobRunInsteadOfStart {
    private final List<String> lines = new ArrayList<>();

    List<String> buildReport(List<String> orders) {
        List<String> summary = new ArrayList<>();
        Thread worker = new Thread(() -> {
            for (String order : orders) {
                summary.add("order " + order);
            }
        });
        worker.setName("report-worker");
        worker.run(); // a slip for start(): the loop runs here, on the calling thread
        summary.add("total " + orders.size());
        return summary;
    }
}
