package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.probes.LynxCalibration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
    @TempDir
    Path dir;

    private static String trace(String id, String probes, String series) {
        return "{\"format\":\"exitscope/1\",\"id\":\"" + id + "\",\"tokens\":{\"text\":[\"So\",\" hmm\",\" x\","
                + "\" wait\",\" y\"]}" + series + ",\"probes\":[" + probes + "]}\n";
    }

    @Test
    void lynxProbesGiveTheClassConditionalQuantiles() throws Exception {
        // correct: p 0.9, 0.8 -> s_pos {0.1, 0.2}; wrong: p 0.3, 0.2 -> s_neg {0.2, 0.3}. delta 0.5: rank
        // ceil(3 * 0.5) = 2 in both classes: qPos 0.2, qNeg 0.3
        Path corpus = dir.resolve("cal.traces.jsonl");
        Files.writeString(corpus, trace("a", "{\"kind\":\"lynx\",\"at\":1,\"p\":0.9,\"correct\":true},"
                        + "{\"kind\":\"lynx\",\"at\":3,\"p\":0.3,\"correct\":false}", "")
                + trace("b", "{\"kind\":\"lynx\",\"at\":1,\"p\":0.8,\"correct\":true},"
                        + "{\"kind\":\"lynx\",\"at\":3,\"p\":0.2,\"correct\":false}", ""));
        Path out = dir.resolve("calib.json");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("calibrate", "lynx", "--delta", "0.5", corpus.toString(), "-o", out.toString()),
                cli.err);
        LynxCalibration c = LynxCalibration.read(out);
        assertEquals(0.2, c.qPos(), 1e-9);
        assertEquals(0.3, c.qNeg(), 1e-9);
        assertEquals(2, c.nPos());
        assertEquals(2, c.nNeg());
        assertEquals("cal.traces.jsonl", c.source());
        assertTrue(cli.err.startsWith("calibrated on 4 events (2 correct, 2 wrong)"), cli.err);
        assertEquals("", dev.exitscope.docs.JsonSchemas.errors(Path.of("docs/schemas/calibration.schema.json"),
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile())));
    }

    @Test
    void theLynxSeriesPairsWithForcedProbesAtCueTokens() throws Exception {
        // cues end in tokens 1 (" hmm") and 3 (" wait"); forced probes on those prefixes carry the labels
        Path corpus = dir.resolve("s.traces.jsonl");
        Files.writeString(corpus, trace("a", "{\"kind\":\"forced\",\"at\":1,\"correct\":true},"
                + "{\"kind\":\"forced\",\"at\":3,\"correct\":false}",
                ",\"series\":{\"lynx\":[null,0.9,null,0.4,null]}"));
        Path out = dir.resolve("calib.json");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("calibrate", "lynx", "--delta", "0.2", corpus.toString(), "-o", out.toString()),
                cli.err);
        LynxCalibration c = LynxCalibration.read(out);
        assertEquals(1, c.nPos());
        assertEquals(1, c.nNeg());
        assertEquals(1.0, c.qPos());
        assertEquals(1.0, c.qNeg());
    }

    @Test
    void noEventsOrAnUnknownMethodAreUsageErrors() throws Exception {
        Path corpus = dir.resolve("e.traces.jsonl");
        Files.writeString(corpus, trace("a", "", ""));
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("calibrate", "lynx", "--delta", "0.1", corpus.toString(), "-o", "c.json"));
        assertTrue(cli.err.startsWith("exitscope calibrate: no calibration events"), cli.err);
        assertEquals(2, cli.run("calibrate", "deer", "--delta", "0.1", corpus.toString(), "-o", "c.json"));
        assertEquals("exitscope calibrate: unknown method 'deer'; valid: lynx", cli.err.strip());
    }
}
