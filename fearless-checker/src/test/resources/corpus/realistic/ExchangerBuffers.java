// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Exchanger;

class ExchangerBuffers {
    void run(List<String> input) throws InterruptedException {
        Exchanger<List<String>> exchanger = new Exchanger<>();
        Thread filler = new Thread(() -> {
            List<String> buffer = new ArrayList<>();
            try {
                for (String s : input) {
                    buffer.add(s);
                    if (buffer.size() == 10) {
                        buffer = exchanger.exchange(buffer);
                        buffer.clear();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        filler.start();
        List<String> mine = new ArrayList<>();
        mine = exchanger.exchange(mine);
        System.out.println(mine.size());
        filler.interrupt();
        filler.join();
    }
}
