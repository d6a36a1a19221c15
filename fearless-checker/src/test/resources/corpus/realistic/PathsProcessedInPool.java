// expect: no diagnostic
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class PathsProcessedInPool {
    Future<String> describe(ExecutorService pool, Path root, List<Path> files, URI origin) {
        File legacy = root.toFile();
        return pool.submit(() -> root.getFileName() + " " + files.size() + " files from " + origin.getHost()
                + " legacy " + legacy.getName());
    }
}
