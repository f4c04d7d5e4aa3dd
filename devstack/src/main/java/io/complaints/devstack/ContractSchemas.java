package io.complaints.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates event payloads against the JSON Schemas in {@code contracts/schemas}, the topic contract. */
public final class ContractSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private ContractSchemas() {
    }

    /** The problems found in {@code json} against {@code contracts/schemas/<schemaName>.schema.json}; empty if valid. */
    public static List<String> violations(String schemaName, String json) {
        try {
            JsonNode payload = JSON.readTree(json);
            return schema(schemaName).validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    public static void assertValid(String schemaName, String json) {
        List<String> violations = violations(schemaName, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("Payload does not match contract " + schemaName + ": " + violations + "\n" + json);
        }
    }

    public static Path contractsDir() {
        String configured = DevStack.setting("contracts.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("contracts/schemas"))) {
                return dir.resolve("contracts");
            }
        }
        throw new IllegalStateException("contracts/ not found above " + Path.of("").toAbsolutePath());
    }

    private static JsonSchema schema(String schemaName) {
        return CACHE.computeIfAbsent(schemaName, name -> {
            Path file = contractsDir().resolve("schemas").resolve(name + ".schema.json");
            if (!Files.exists(file)) {
                throw new UncheckedIOException(new IOException("No contract schema " + file));
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(com.networknt.schema.SchemaLocation.of(file.toUri().toString()), config);
        });
    }
}
