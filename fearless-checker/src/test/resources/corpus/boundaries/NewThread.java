import dev.fearless.rc.Rc;

class NewThread {
    void run() throws InterruptedException {
        Rc<String> name = Rc.of("worker");
        Thread t = new Thread(() -> System.out.println(name.get()), "printer");
        t.start();
        t.join();
    }
}
