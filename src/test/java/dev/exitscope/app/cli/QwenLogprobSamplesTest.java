package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.signals.entropy.EntropySignal;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled llama.cpp Qwen3 runs: real per-token logprobs with top-5 alternatives, on CPU and on GPU. */
class QwenLogprobSamplesTest {
    private static final Path FILE = Path.of("sample-traces/llamacpp-qwen3/ten-paragraphs.traces.jsonl");
    private static final List<String> IDS = List.of("cpu_qwen-3-0-6b", "cpu_qwen-3-1-7b", "cpu_qwen-3-4b",
            "cuda_qwen-3-0-6b");
    private static final List<String> MODELS = List.of("Qwen3-0.6B-Q8_0", "Qwen3-1.7B-Q8_0", "Qwen3-4B-Q4_K_M",
            "Qwen3-0.6B-Q8_0");
    private static final List<String> DEVICES = List.of("CPU", "CPU", "CPU", "GPU");
    private static final List<Integer> TOKENS = List.of(729, 564, 687, 1056);

    private static List<Trace> traces() throws Exception {
        List<Trace> read = new ArrayList<>();
        Importers.standard().read(InputSource.of(FILE), ImportOptions.DEFAULT, read::add);
        return read;
    }

    @Test
    void eachRunHasItsModelDeviceAndFiveLoggedAlternativesOnEveryToken() throws Exception {
        List<Trace> read = traces();
        assertEquals(IDS, read.stream().map(Trace::id).toList());
        for (int t = 0; t < read.size(); t++) {
            Trace trace = read.get(t);
            assertEquals(MODELS.get(t), trace.meta().model(), trace.id());
            assertEquals(DEVICES.get(t), trace.meta().extra().get("device"), trace.id());
            assertEquals("151936", trace.meta().extra().get("vocabSize"), trace.id());
            assertEquals("Unlicense", trace.meta().license(), trace.id());
            assertEquals(TOKENS.get(t), trace.tokenCount(), trace.id());
            assertEquals(0, trace.thinkTokens(), "thinking was disabled: " + trace.id());
            TopK k = trace.topK();
            assertNotNull(k, trace.id());
            assertEquals(5, k.k());
            for (int i = 0; i < trace.tokenCount(); i++) {
                assertFalse(Float.isNaN(trace.logprob(i)), trace.id() + " token " + i);
                assertEquals(5, k.count(i), trace.id() + " token " + i);
                for (int j = 1; j < 5; j++) {
                    assertTrue(k.logprob(i, j - 1) >= k.logprob(i, j), trace.id() + " token " + i + ": sorted");
                }
            }
        }
    }

    @Test
    void theCommandLineShowsModelAndTopFive() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--json", FILE.toString()), cli.err);
        JsonNode traces = new ObjectMapper().readTree(cli.out).get("traces");
        assertEquals(4, traces.size());
        for (int t = 0; t < 4; t++) {
            JsonNode j = traces.get(t);
            assertEquals(MODELS.get(t), j.get("model").asText());
            assertEquals(5, j.get("topK").asInt());
            assertTrue(j.get("hasLogprobs").asBoolean());
            assertTrue(j.get("entropyApproximate").asBoolean(), "entropy comes from the top-5, not exact");
        }
    }

    @Test
    void cpuAndGpuAgreeForTwentyThreeTokensThenDiverge() throws Exception {
        Trace cpu = traces().get(0);
        Trace gpu = traces().get(3);
        for (int i = 0; i < 23; i++) {
            assertEquals(cpu.tokenText(i), gpu.tokenText(i), "token " + i);
        }
        assertEquals(" Central", cpu.tokenText(22));
        assertEquals(" America", cpu.tokenText(23));
        assertEquals(" Asia", gpu.tokenText(23));
    }

    /**
     * Token 23 of the CPU run of Qwen3-0.6B (" America"): its five logprobs as the source prints them, and the
     * entropy bounds worked out from them with V = 151,936. The tail mass r = 1 − Σp is 0.00828, which holds three
     * whole tokens of the smallest listed probability ("ia", p = 0.00260) and a remainder.
     */
    @Test
    void entropyAtTheDivergenceIsBoundedAsWorkedOutFromTheFiveLogprobs() throws Exception {
        double[] lp = {-0.6567480564117432, -0.9643842577934265, -2.605299234390259, -4.167964935302734,
            -5.951045513153076};
        double hk = 0;
        double mass = 0;
        for (double l : lp) {
            hk -= Math.exp(l) * l;
            mass += Math.exp(l);
        }
        double r = 1 - mass;
        double pmin = Math.exp(lp[4]);
        double upper = hk - r * Math.log(r / (151_936 - 5));
        double rem = r - 3 * pmin;
        assertTrue(rem > 0 && rem < pmin, "three whole tokens of p_min fit in the tail");
        double lower = hk - 3 * pmin * Math.log(pmin) - rem * Math.log(rem);
        assertEquals(1.11917, upper, 1e-5);
        assertEquals(1.03077, lower, 1e-5);

        Trace cpu = traces().get(0);
        TopK k = cpu.topK();
        assertNotNull(k);
        assertEquals(" Asia", k.text(23, 0));
        assertEquals(" America", k.text(23, 1));
        assertEquals((float) lp[1], cpu.logprob(23));
        EntropyColumns e = EntropySignal.compute(cpu);
        assertTrue(e.approximate(23));
        assertEquals(upper, e.upper(23), 1e-6);
        assertEquals(upper, e.entropy(23), 1e-6, "the estimate is the uniform-tail upper bound");
        assertEquals(lower, e.lower(23), 1e-6);
        assertEquals(-lp[1], e.surprisal(23), 1e-6);
    }
}
