package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that is not what it claims (an empty object, a stream of only an error, another line-end convention,
 * another encoding) ends in one clear line with exit 2, or reads exactly as its plain form does.
 */
class InputNotWhatItClaimsTest {
    private static final Path SSE = Path.of("sample-traces/formats/openai-sse.txt");
    private static final Path CHAT = Path.of("sample-traces/formats/openai-chat.json");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "--format {0} on an empty object")
    @ValueSource(strings = {"openai-chat", "openai-sse", "completions", "llamacpp", "ollama", "vllm-offline",
        "native"})
    void anEmptyObjectUnderAForcedFormatIsOneLineSayingWhatWasExpected(String format) throws IOException {
        Path f = write("empty.json", "{}\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", "--format", format, f.toString()), cli.out + cli.err);
        assertEquals("", cli.out);
        List<String> lines = cli.err.strip().lines().toList();
        assertEquals(1, lines.size(), cli.err);
        assertTrue(lines.get(0).startsWith(f + ":1:"), lines.get(0));
        assertTrue(lines.get(0).contains("expected"), lines.get(0));
    }

    @Test
    void anEmptyObjectIsNotRecognisedAsAnyFormat() throws IOException {
        Path f = write("empty.json", "{}\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", f.toString()));
        assertTrue(cli.err.startsWith(f + ": unrecognised trace format"), cli.err);
    }

    @Test
    void aStreamOfOnlyAnErrorEventGivesTheServersMessage() throws IOException {
        Path f = write("failed.txt",
                "data: {\"error\":{\"message\":\"model overloaded\",\"type\":\"server_error\"}}\n\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", f.toString()), cli.out + cli.err);
        assertEquals(f + ":1:16: the server sent an error: \"model overloaded\" (server_error)", cli.err.strip());
    }

    @Test
    void aStreamOfOnlyDoneSaysItHoldsNoTokens() throws IOException {
        Path f = write("done.txt", "data: [DONE]\n\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", f.toString()), cli.out + cli.err);
        assertEquals(f + ":2:1: the stream holds no tokens (no chunk had a choice)", cli.err.strip());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cr", "crlf", "bom", "no-space", "comments-and-fields", "cr-with-fields"})
    void everyEventStreamFramingReadsAsTheLfOriginal(String variant) throws IOException {
        String lf = Files.readString(SSE, StandardCharsets.UTF_8);
        UnaryOperator<String> fields = s -> ": keep-alive\nretry: 3000\n" + s.replace("data: ",
                "id: 7\nevent: message\n:comment\ndata: ");
        String text = switch (variant) {
            case "cr" -> lf.replace("\n", "\r");
            case "crlf" -> lf.replace("\n", "\r\n");
            case "bom" -> "\uFEFF" + lf;
            case "no-space" -> lf.replace("data: ", "data:");
            case "comments-and-fields" -> fields.apply(lf);
            default -> fields.apply(lf).replace("\n", "\r");
        };
        Path f = write("openai-sse.txt", text);
        assertEquals(inspectJson(SSE), inspectJson(f).replace(f.toString(), SSE.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16JsonWithAByteOrderMarkReadsAsItsUtf8Form(String charset) throws IOException {
        String text = Files.readString(CHAT, StandardCharsets.UTF_8);
        byte[] mark = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] body = text.getBytes(java.nio.charset.Charset.forName(charset));
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        Path f = dir.resolve("openai-chat.json");
        Files.write(f, all);
        assertEquals(inspectJson(CHAT), inspectJson(f).replace(f.toString(), CHAT.toString()));
    }

    private String inspectJson(Path f) {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--json", f.toString()), cli.err);
        assertTrue(cli.out.contains("\"tokens\":91"), cli.out);
        return cli.out;
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
