package dev.exitscope.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates JSON against the schemas published in {@code docs/}. */
public final class JsonSchemas {
    private JsonSchemas() {
    }

    /** Validation errors of {@code doc} against the schema file, one per line; empty when valid. */
    public static String errors(Path schemaFile, JsonNode doc) throws IOException {
        JsonSchemaFactory f = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        try (InputStream in = Files.newInputStream(schemaFile)) {
            JsonSchema schema = f.getSchema(in);
            Set<ValidationMessage> msgs = schema.validate(doc);
            return msgs.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
        }
    }
}
