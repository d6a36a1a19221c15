package dev.fearless.checker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The official SARIF 2.1.0 JSON schema (OASIS's {@code sarif-schema-2.1.0.json}, from the test class path). */
final class SarifSchema {
    static final String RESOURCE = "/schema/sarif-schema-2.1.0.json";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about {@code sarif}, one line each; empty when it is valid. */
    static List<String> violations(String sarif) {
        try {
            return violations(JSON.readTree(sarif));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    static List<String> violations(JsonNode sarif) {
        return SCHEMA.validate(sarif).stream().map(ValidationMessage::toString).sorted().toList();
    }

    static JsonNode parse(String sarif) {
        try {
            return JSON.readTree(sarif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
