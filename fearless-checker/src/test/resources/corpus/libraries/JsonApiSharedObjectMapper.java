// expect: no diagnostic
// options: strict
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

class JsonApiSharedObjectMapper {
    record Order(String id, List<String> items) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectReader ORDER_READER = MAPPER.readerFor(Order.class);
    private final ObjectWriter pretty = MAPPER.writerWithDefaultPrettyPrinter();
    private final ExecutorService requestThreads = Executors.newFixedThreadPool(8);

    CompletableFuture<String> handle(String body) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Order order = ORDER_READER.readValue(body);
                return MAPPER.writeValueAsString(order) + "\n" + pretty.writeValueAsString(order.items());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, requestThreads);
    }
}
// file: com/fasterxml/jackson/databind/ObjectMapper.java
package com.fasterxml.jackson.databind;

import java.io.IOException;

public class ObjectMapper {
    public ObjectReader readerFor(Class<?> type) {
        return new ObjectReader();
    }

    public ObjectWriter writerWithDefaultPrettyPrinter() {
        return new ObjectWriter();
    }

    public String writeValueAsString(Object value) throws IOException {
        return String.valueOf(value);
    }
}
// file: com/fasterxml/jackson/databind/ObjectReader.java
package com.fasterxml.jackson.databind;

import java.io.IOException;

public class ObjectReader {
    public <T> T readValue(String content) throws IOException {
        return null;
    }
}
// file: com/fasterxml/jackson/databind/ObjectWriter.java
package com.fasterxml.jackson.databind;

import java.io.IOException;

public class ObjectWriter {
    public String writeValueAsString(Object value) throws IOException {
        return String.valueOf(value);
    }
}
