import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The fixed version: each part collects into a list of its own, or the reduction makes new values. */
class InvoiceLinesCollectedPerPart {
    record Line(String sku, int quantity, BigDecimal price) {
    }

    record Invoice(String id, List<Line> lines) {
    }

    private final BigDecimal vat = new BigDecimal("0.20");

    List<Line> taxable(List<Invoice> invoices) {
        return invoices.parallelStream()
                .flatMap(invoice -> invoice.lines().stream())
                .filter(line -> line.price().signum() > 0)
                .collect(ArrayList::new, (acc, line) -> acc.add(withVat(line)), ArrayList::addAll);
    }

    List<Line> taxableByReduce(List<Invoice> invoices) {
        return invoices.parallelStream()
                .flatMap(invoice -> invoice.lines().stream())
                .reduce(List.<Line>of(), (acc, line) -> {
                    List<Line> next = new ArrayList<>(acc);
                    next.add(withVat(line));
                    return next;
                }, (left, right) -> {
                    List<Line> both = new ArrayList<>(left);
                    both.addAll(right);
                    return both;
                });
    }

    List<String> skus(List<Invoice> invoices) {
        return invoices.parallelStream()
                .flatMap(invoice -> invoice.lines().stream())
                .map(Line::sku)
                .collect(Collectors.toList());
    }

    List<Line> sequential(List<Invoice> invoices) {
        // one thread: the identity is this call's own list
        return invoices.stream()
                .flatMap(invoice -> invoice.lines().stream())
                .reduce(new ArrayList<Line>(), (acc, line) -> {
                    acc.add(withVat(line));
                    return acc;
                }, (left, right) -> {
                    left.addAll(right);
                    return left;
                });
    }

    private Line withVat(Line line) {
        return new Line(line.sku(), line.quantity(), line.price().add(line.price().multiply(vat)));
    }
}
