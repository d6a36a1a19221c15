// expect: no diagnostic
// options: strict
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

class ChecksumsDigestPerTask {
    List<String> checksums(List<Path> files) {
        return files.parallelStream()
                .map(f -> f.getFileName() + "  " + HexFormat.of().formatHex(sha256().digest(read(f))))
                .collect(Collectors.toList());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
