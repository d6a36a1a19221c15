import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.CompletionHandler;
import java.util.ArrayList;
import java.util.List;

class CompletionHandlerCollectsChunks {
    int readFirst(AsynchronousFileChannel channel) {
        List<ByteBuffer> chunks = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        channel.read(buffer, 0, null, new CompletionHandler<Integer, Void>() {
            @Override
            public void completed(Integer read, Void attachment) {
                chunks.add(buffer.flip());
            }

            @Override
            public void failed(Throwable failure, Void attachment) {
                chunks.clear();
            }
        });
        return chunks.size();
    }
}
