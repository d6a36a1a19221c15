// expect: no diagnostic
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

class ParallelDigests {
    Map<String, String> sha256(List<String> texts) {
        String algorithm = "SHA-256";
        return texts.parallelStream().collect(Collectors.toConcurrentMap(t -> t, t -> {
            try {
                MessageDigest digest = MessageDigest.getInstance(algorithm);
                return HexFormat.of().formatHex(digest.digest(t.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }));
    }
}
