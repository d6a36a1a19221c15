class StaticCounterIncrement {
    static int started;

    void run() {
        new Thread(() -> started++).start();
    }
}
