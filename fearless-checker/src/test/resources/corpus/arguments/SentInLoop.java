import dev.fearless.marker.Send;

import java.util.ArrayList;
import java.util.List;

class SentInLoop {
    static void handOff(@Send List<String> value) {
    }

    void run() {
        List<String> buffer = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            handOff(buffer);
        }
    }
}
