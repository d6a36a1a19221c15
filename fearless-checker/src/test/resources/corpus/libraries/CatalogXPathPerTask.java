// expect: no diagnostic
// options: strict
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;

class CatalogXPathPerTask {
    List<String> titles(List<Document> catalogs) {
        return catalogs.parallelStream()
                .map(doc -> {
                    try {
                        return XPathFactory.newInstance().newXPath().evaluate("/catalog/title", doc);
                    } catch (XPathExpressionException e) {
                        throw new IllegalArgumentException(e);
                    }
                })
                .collect(Collectors.toList());
    }
}
