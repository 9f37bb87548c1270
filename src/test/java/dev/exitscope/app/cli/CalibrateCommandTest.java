package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.probes.LynxCalibration;
import dev.exitscope.analysis.policy.probes.LynxRank;
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
    void rankAuthorsClampsTheQuantileAndIsRecorded() throws Exception {
        // one correct event (p 0.9, s_pos 0.1) and one wrong (p 0.4, s_neg 0.4); delta 0.2: rank ceil(2 * 0.8) = 2
        // exceeds 1 in both classes: strict stores 1.0, authors the largest (only) score: qPos 0.1, qNeg 0.4
        Path corpus = dir.resolve("s.traces.jsonl");
        Files.writeString(corpus, trace("a", "{\"kind\":\"forced\",\"at\":1,\"correct\":true},"
                + "{\"kind\":\"forced\",\"at\":3,\"correct\":false}",
                ",\"series\":{\"lynx\":[null,0.9,null,0.4,null]}"));
        Path out = dir.resolve("calib.json");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("calibrate", "lynx", "--delta", "0.2", "--rank", "authors", corpus.toString(), "-o",
                out.toString()), cli.err);
        LynxCalibration c = LynxCalibration.read(out);
        assertEquals(0.1, c.qPos(), 1e-6);
        assertEquals(0.4, c.qNeg(), 1e-6);
        assertEquals(LynxRank.AUTHORS, c.rank());
        assertTrue(cli.err.contains("(rank authors)"), cli.err);
        assertEquals("", dev.exitscope.docs.JsonSchemas.errors(Path.of("docs/schemas/calibration.schema.json"),
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile())));
        assertEquals(2, cli.run("calibrate", "lynx", "--delta", "0.2", "--rank", "loose", corpus.toString(), "-o",
                out.toString()));
        assertEquals("exitscope calibrate: --rank must be strict or authors, got 'loose'", cli.err.strip());
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

    private Path corpus(String... events) throws Exception {
        StringBuilder probes = new StringBuilder();
        for (int i = 0; i < events.length; i++) {
            probes.append(i == 0 ? "" : ",").append("{\"kind\":\"lynx\",\"at\":").append(i % 5).append(",")
                    .append(events[i]).append('}');
        }
        Path corpus = dir.resolve("c.traces.jsonl");
        Files.writeString(corpus, trace("a", probes.toString(), ""));
        return corpus;
    }

    @Test
    void deltaCloseToOneTakesTheSmallestScoreOfEachClass() throws Exception {
        // correct: p 0.9, 0.7, 0.6 -> s_pos {0.1, 0.3, 0.4}; wrong: p 0.2, 0.5 -> s_neg {0.2, 0.5}. delta 1 - 1e-13:
        // (n + 1)(1 - delta) is below the 1e-9 tolerance, the rank is taken as 1: the smallest score of each class
        Path corpus = corpus("\"p\":0.9,\"correct\":true", "\"p\":0.7,\"correct\":true",
                "\"p\":0.6,\"correct\":true", "\"p\":0.2,\"correct\":false", "\"p\":0.5,\"correct\":false");
        Path out = dir.resolve("calib.json");
        CliRunner cli = new CliRunner();
        for (String delta : new String[] {"0.9999999999999", "0.99"}) {
            assertEquals(0, cli.run("calibrate", "lynx", "--delta", delta, corpus.toString(), "-o", out.toString()),
                    cli.err);
            LynxCalibration c = LynxCalibration.read(out);
            assertEquals(0.1, c.qPos(), 1e-6, delta);
            assertEquals(0.2, c.qNeg(), 1e-6, delta);
            assertEquals(3, c.nPos());
            assertEquals(2, c.nNeg());
        }
    }

    @Test
    void anEmptyClassIsSaidOnTheSummaryLine() throws Exception {
        Path out = dir.resolve("calib.json");
        CliRunner cli = new CliRunner();
        Path onlyCorrect = corpus("\"p\":0.9,\"correct\":true", "\"p\":0.8,\"correct\":true");
        assertEquals(0, cli.run("calibrate", "lynx", "--delta", "0.5", onlyCorrect.toString(), "-o", out.toString()),
                cli.err);
        // s_pos {0.1, 0.2}, rank ceil(3 * 0.5) = 2: qPos 0.2; no wrong events: qNeg 1.0
        assertEquals("calibrated on 2 events (2 correct, 0 wrong): qPos " + LynxCalibration.read(out).qPos()
                + ", qNeg 1.0 (rank strict); wrote " + out + "; no wrong events, so qNeg is 1.0 and LYNX never exits",
                cli.err.strip());
        assertEquals(0.2, LynxCalibration.read(out).qPos(), 1e-6);
        assertEquals(1.0, LynxCalibration.read(out).qNeg());
        Path onlyWrong = corpus("\"p\":0.3,\"correct\":false");
        assertEquals(0, cli.run("calibrate", "lynx", "--delta", "0.5", "--rank", "authors", onlyWrong.toString(),
                "-o", out.toString()), cli.err);
        assertTrue(cli.err.strip().endsWith("; no correct events, so qPos is 1.0 and LYNX exits wherever p > qNeg"),
                cli.err);
        assertEquals(1.0, LynxCalibration.read(out).qPos());
        assertEquals(0.3, LynxCalibration.read(out).qNeg(), 1e-6);
    }

    @Test
    void aDeltaThatIsOneAsADoubleOrNoNumberIsOneLine() throws Exception {
        Path corpus = corpus("\"p\":0.9,\"correct\":true");
        Path out = dir.resolve("calib.json");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("calibrate", "lynx", "--delta", "0.99999999999999999", corpus.toString(), "-o",
                out.toString()));
        assertEquals("exitscope calibrate: --delta must be in (0, 1), got 0.99999999999999999 (1.0 as a double)",
                cli.err.strip());
        assertEquals(2, cli.run("calibrate", "lynx", "--delta", "1e-400", corpus.toString(), "-o", out.toString()));
        assertEquals("exitscope calibrate: --delta must be in (0, 1), got 1e-400 (0.0 as a double)", cli.err.strip());
        assertEquals(2, cli.run("calibrate", "lynx", "--delta", "a tenth", corpus.toString(), "-o", out.toString()));
        assertEquals("exitscope calibrate: --delta must be a number in (0, 1), got 'a tenth'", cli.err.strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputFolderThatDoesNotExistIsOneLineBeforeTheCorpusIsRead() throws Exception {
        Path out = dir.resolve("missing").resolve("calib.json");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("calibrate", "lynx", "--delta", "0.1", dir.resolve("absent.jsonl").toString(), "-o",
                out.toString()));
        assertEquals("exitscope calibrate: -o " + out + ": the folder " + out.getParent()
                + " does not exist (calibrate does not create folders)", cli.err.strip());
        assertFalse(Files.exists(out.getParent()));
    }
}
