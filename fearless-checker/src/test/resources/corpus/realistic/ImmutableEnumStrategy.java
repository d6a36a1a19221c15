// expect: no diagnostic
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.CompletableFuture;

class ImmutableEnumStrategy {
    enum Tax {
        STANDARD(new BigDecimal("0.20")), REDUCED(new BigDecimal("0.05"));

        private final BigDecimal rate;

        Tax(BigDecimal rate) {
            this.rate = rate;
        }

        BigDecimal apply(BigDecimal amount) {
            return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        }
    }

    CompletableFuture<BigDecimal> taxAsync(Tax tax, BigDecimal amount) {
        return CompletableFuture.supplyAsync(() -> tax.apply(amount));
    }
}
