import java.util.List;
import java.util.stream.Collectors;

import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;

class CatalogSharedXPath {
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    List<String> titles(List<Document> catalogs) {
        return catalogs.parallelStream()
                .map(doc -> {
                    try {
                        return xpath.evaluate("/catalog/title", doc);
                    } catch (XPathExpressionException e) {
                        throw new IllegalArgumentException(e);
                    }
                })
                .collect(Collectors.toList());
    }
}
