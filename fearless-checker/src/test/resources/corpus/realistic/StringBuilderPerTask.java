// expect: no diagnostic
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

class StringBuilderPerTask {
    List<String> render(List<List<String>> rows, String separator) {
        List<CompletableFuture<String>> rendered = rows.stream()
                .map(row -> CompletableFuture.supplyAsync(() -> {
                    StringBuilder sb = new StringBuilder();
                    for (String cell : row) {
                        if (sb.length() > 0) {
                            sb.append(separator);
                        }
                        sb.append(cell);
                    }
                    return sb.toString();
                }))
                .collect(Collectors.toList());
        return rendered.stream().map(CompletableFuture::join).collect(Collectors.toList());
    }
}
