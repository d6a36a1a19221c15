import dev.fearless.rc.Rc;

class ThreadSubclassStart {
    static final class Worker extends Thread {
        private final String name;
        private final Rc<StringBuilder> log;

        Worker(String name, Rc<StringBuilder> log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public void run() {
            log.get().append(name);
        }
    }

    void run() {
        Rc<StringBuilder> log = Rc.of(new StringBuilder());
        Worker worker = new Worker("w1", log.clone());
        worker.start();
        new Worker("w2", log).start();
    }
}
