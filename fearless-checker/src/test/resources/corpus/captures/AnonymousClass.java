import dev.fearless.rc.Rc;

class AnonymousClass {
    void run() {
        Rc<String> name = Rc.of("worker");
        new Thread(new Runnable() {
            @Override
            public void run() {
                System.out.println(name.get());
            }
        }).start();
    }
}
