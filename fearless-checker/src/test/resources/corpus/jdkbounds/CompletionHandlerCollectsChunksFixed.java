// expect: no diagnostic
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.CompletionHandler;
import java.util.concurrent.CompletableFuture;

class CompletionHandlerCollectsChunksFixed {
    CompletableFuture<Integer> readFirst(AsynchronousFileChannel channel) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        channel.read(ByteBuffer.allocate(4096), 0, null, new CompletionHandler<Integer, Void>() {
            @Override
            public void completed(Integer read, Void attachment) {
                done.complete(read);
            }

            @Override
            public void failed(Throwable failure, Void attachment) {
                done.completeExceptionally(failure);
            }
        });
        return done;
    }
}
