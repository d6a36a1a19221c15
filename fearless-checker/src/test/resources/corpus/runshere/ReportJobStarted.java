// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;

class ReportJobStarted {
    List<String> buildReport(List<String> orders) throws InterruptedException {
        List<String> summary = new ArrayList<>();
        Thread worker = new Thread(() -> {
            for (String order : orders) {
                summary.add("order " + order);
            }
        });
        worker.setName("report-worker");
        worker.start();
        worker.join();
        summary.add("total " + orders.size());
        return summary;
    }
}
