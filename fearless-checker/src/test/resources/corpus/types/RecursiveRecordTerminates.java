// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.List;

class RecursiveRecordTerminates {
    record Node(String label, Node next, List<Node> children) {
    }

    enum Color { RED, GREEN }

    record Tree(Node root, Color color) {
    }

    void run() {
        Node leaf = new Node("leaf", null, List.of());
        Tree tree = new Tree(new Node("root", leaf, List.of(leaf)), Color.RED);
        Threads.spawn(() -> tree.root().next().label() + tree.color()).join();
    }
}
