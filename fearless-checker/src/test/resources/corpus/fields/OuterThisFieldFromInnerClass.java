import dev.fearless.thread.Threads;

class OuterThisFieldFromInnerClass {
    private long bytes;

    final class Uploader {
        void upload(byte[] data) {
            Threads.spawn(() -> OuterThisFieldFromInnerClass.this.bytes += data.length);
        }
    }
}
