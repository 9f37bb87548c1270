package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PoliciesCommandTest {
    private static final Pattern ARXIV = Pattern.compile("arXiv \\d{4}\\.\\d{4,5}");

    @Test
    void everySourceCitesAPaperAndNoSpecificationOutsideTheRepository() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("policies", "--json"), cli.err);
        JsonNode policies = new ObjectMapper().readTree(cli.out).get("policies");
        assertTrue(policies.size() > 5, cli.out);
        for (JsonNode p : policies) {
            String source = p.get("source").asText();
            // a paper by its arXiv number, or ExitScope's own baseline said to be a reconstruction
            assertTrue(ARXIV.matcher(source).find() || source.contains("reconstructed"),
                    p.get("name").asText() + ": " + source);
            assertFalse(source.contains("methods.md"), p.get("name").asText() + ": " + source);
        }
        assertEquals(0, cli.run("policies"), cli.err);
        assertFalse(cli.out.contains("methods.md"), cli.out);
    }
}
