package dev.exitscope.analysis.io.nativefmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NativeSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDocumentedSchemaAndTheBundledCopyAreIdentical() throws IOException {
        String documented = Files.readString(Path.of("docs/trace-format.schema.json"), StandardCharsets.UTF_8);
        assertEquals(documented, bundledSchema());
    }

    @Test
    void everyFieldTheWriterEmitsIsDeclaredInTheSchemaWithAMatchingType() throws IOException {
        JsonNode schema = JSON.readTree(bundledSchema());
        Random r = new Random(20_240_611L);
        for (int i = 0; i < 300; i++) {
            String json = NativeTraceWriter.toJson(new RandomTraces(r).trace(), NativeTraceWriter.Layout.LINE);
            check(schema, schema, JSON.readTree(json), "$");
        }
    }

    private static String bundledSchema() throws IOException {
        try (InputStream in = NativeSchemaTest.class.getResourceAsStream("trace-format.schema.json")) {
            assertNotNull(in, "trace-format.schema.json is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A small validator for the keywords the schema uses: $ref, type, const, enum, properties, items. */
    private static void check(JsonNode root, JsonNode s, JsonNode v, String path) {
        if (s.has("$ref")) {
            String name = s.get("$ref").asText().substring("#/$defs/".length());
            check(root, root.get("$defs").get(name), v, path);
            return;
        }
        if (s.has("const")) {
            assertEquals(s.get("const"), v, path);
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) {
                found |= e.equals(v);
            }
            assertTrue(found, path + ": " + v + " is not one of " + s.get("enum"));
        }
        if (s.has("type")) {
            boolean ok = false;
            for (JsonNode t : s.get("type").isArray() ? s.get("type") : JSON.createArrayNode().add(s.get("type"))) {
                ok |= matches(t.asText(), v);
            }
            assertTrue(ok, path + ": " + v.getNodeType() + " is not " + s.get("type"));
        }
        if (v.isObject()) {
            for (JsonNode req : s.path("required")) {
                assertTrue(v.has(req.asText()), path + ": missing required " + req);
            }
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode fs = s.path("properties").get(e.getKey());
                if (fs == null) {
                    fs = s.get("additionalProperties");
                }
                assertNotNull(fs, path + "." + e.getKey() + " is not declared in the schema");
                check(root, fs, e.getValue(), path + "." + e.getKey());
            }
        }
        if (v.isArray() && s.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                check(root, s.get("items"), v.get(i), path + "[" + i + "]");
            }
        }
    }

    private static boolean matches(String type, JsonNode v) {
        switch (type) {
            case "object": return v.isObject();
            case "array": return v.isArray();
            case "string": return v.isTextual();
            case "boolean": return v.isBoolean();
            case "null": return v.isNull();
            case "integer": return v.isIntegralNumber();
            case "number": return v.isNumber();
            default: throw new AssertionError("unknown schema type " + type);
        }
    }
}
