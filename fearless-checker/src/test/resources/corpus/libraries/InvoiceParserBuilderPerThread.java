// expect: no diagnostic
// options: strict
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;

class InvoiceParserBuilderPerThread {
    private static final ThreadLocal<DocumentBuilder> BUILDER =
            ThreadLocal.withInitial(InvoiceParserBuilderPerThread::newBuilder);

    private final ExecutorService pool;

    InvoiceParserBuilderPerThread(ExecutorService pool) {
        this.pool = pool;
    }

    List<Future<String>> invoiceNumbers(List<Path> invoices) {
        return invoices.stream()
                .map(file -> pool.submit(() -> number(BUILDER.get().parse(file.toFile()))))
                .collect(Collectors.toList());
    }

    private static String number(Document invoice) {
        return invoice.getDocumentElement().getAttribute("number");
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
