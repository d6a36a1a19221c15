import dev.fearless.rc.Rc;

class ThreadSubclassCapturesRcField {
    static final class Worker extends Thread {
        private final Rc<String> name;

        Worker(Rc<String> name) {
            this.name = name;
        }

        @Override
        public void run() {
            System.out.println(name.get());
        }
    }

    void run() {
        new Worker(Rc.of("w1")).start();
    }
}
