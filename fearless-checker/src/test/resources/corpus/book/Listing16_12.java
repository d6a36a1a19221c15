// expect: no diagnostic
// The Rust Book, listing 16-12: the Mutex API in a single thread.
import dev.fearless.sync.Mutex;

class Listing16_12 {
    public static void main(String[] args) {
        Mutex<Integer> m = Mutex.of(5);
        try (var num = m.lock()) {
            num.set(6);
        }
        System.out.println("m = " + m.intoInner());
    }
}
