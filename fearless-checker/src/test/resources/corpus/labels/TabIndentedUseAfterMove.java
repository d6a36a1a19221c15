import java.util.ArrayList;
import java.util.List;

import dev.fearless.thread.Threads;

// Indented with tabs: the labels are drawn with tabs expanded to javac's columns (multiples of 8).
class TabIndentedUseAfterMove {
	List<String> run() {
		List<String> log = new ArrayList<>();
		Threads.spawn(() -> {
			log.add("worker");
		});
		log.add("main");
		return log;
	}
}
