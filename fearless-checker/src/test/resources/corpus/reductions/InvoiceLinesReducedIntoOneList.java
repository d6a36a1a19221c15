import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds the lines of many invoices in parallel; the reduction starts every part from one list. */
class InvoiceLinesReducedIntoOneList {
    record Line(String sku, int quantity, BigDecimal price) {
    }

    record Invoice(String id, List<Line> lines) {
    }

    private final BigDecimal vat = new BigDecimal("0.20");

    List<Line> taxable(List<Invoice> invoices) {
        return invoices.parallelStream()
                .flatMap(invoice -> invoice.lines().stream())
                .filter(line -> line.price().signum() > 0)
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

    BigDecimal total(List<Invoice> invoices) {
        // an immutable identity is fine: nothing changes BigDecimal.ZERO
        return invoices.parallelStream()
                .flatMap(invoice -> invoice.lines().stream())
                .map(line -> line.price().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
