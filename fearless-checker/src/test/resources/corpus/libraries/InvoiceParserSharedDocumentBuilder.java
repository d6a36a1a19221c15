import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;

class InvoiceParserSharedDocumentBuilder {
    private final DocumentBuilder builder;
    private final ExecutorService pool;

    InvoiceParserSharedDocumentBuilder(ExecutorService pool) throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        this.builder = factory.newDocumentBuilder();
        this.pool = pool;
    }

    List<Future<String>> invoiceNumbers(List<Path> invoices) {
        return invoices.stream()
                .map(file -> pool.submit(() -> number(builder.parse(file.toFile()))))
                .collect(Collectors.toList());
    }

    private static String number(Document invoice) {
        return invoice.getDocumentElement().getAttribute("number");
    }
}
