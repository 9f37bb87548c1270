package dev.exitscope.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code exitscope policies}: every stopping policy with its parameters, defaults and needed inputs. */
@Command(name = "policies", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the stopping policies, their parameters with defaults and the inputs they need.")
final class PoliciesCommand implements Callable<Integer> {
    private final PrintWriter out;

    @Option(names = "--json", description = "Write {\"policies\":[…]} as JSON instead of text.")
    boolean json;

    PoliciesCommand(CliContext context) {
        this.out = context.out();
    }

    @Override
    public Integer call() throws IOException {
        if (json) {
            writeJson();
        } else {
            for (PolicyDescriptor d : PolicyCatalog.standard().descriptors()) {
                out.println(d.name() + (d.replayable() ? "" : " (not replayable)") + " — " + d.description());
                if (!d.replayable()) {
                    out.println("    why: " + d.why());
                }
                for (PolicyParam p : d.params()) {
                    out.println("    " + p.name() + "=" + p.defaultValue() + "  " + p.description());
                }
                out.println("    needs: " + (d.needs().isEmpty() ? "-" : String.join(", ", d.needs())));
                out.println("    source: " + d.source());
            }
        }
        out.flush();
        return ExitScopeCli.OK;
    }

    private void writeJson() throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(new NonClosingWriter(out))) {
            g.writeStartObject();
            g.writeArrayFieldStart("policies");
            for (PolicyDescriptor d : PolicyCatalog.standard().descriptors()) {
                g.writeStartObject();
                g.writeStringField("name", d.name());
                g.writeStringField("description", d.description());
                g.writeBooleanField("replayable", d.replayable());
                if (!d.replayable()) {
                    JsonFields.string(g, "why", d.why());
                }
                g.writeArrayFieldStart("params");
                for (PolicyParam p : d.params()) {
                    g.writeStartObject();
                    g.writeStringField("name", p.name());
                    g.writeStringField("default", p.defaultValue());
                    g.writeStringField("description", p.description());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("needs");
                for (String n : d.needs()) {
                    g.writeString(n);
                }
                g.writeEndArray();
                g.writeStringField("source", d.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
