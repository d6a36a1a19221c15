// expect: no diagnostic
import dev.fearless.marker.Send;

import java.util.ArrayList;
import java.util.List;

class SentAndForgotten {
    static void handOff(@Send List<String> value) {
    }

    void run(List<String> words) {
        for (String w : words) {
            List<String> batch = new ArrayList<>();
            batch.add(w);
            handOff(batch);
        }
        String label = "done";
        handOff(List.of(label));
        System.out.println(label);
    }
}
