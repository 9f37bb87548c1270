package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Layout of a {@code .trace.json} file: the trace object, its direct child objects and the probe list put one entry
 * on a line, indented by two spaces; everything else, token arrays above all, stays compact so a long trace is a
 * few long lines instead of one number per line. Stateless (it reads the generator's context), so one instance
 * may be shared.
 */
final class NativeLayout implements PrettyPrinter {
    static final NativeLayout INSTANCE = new NativeLayout();

    private NativeLayout() {
    }

    /** Whether the container the generator is currently in puts its entries on separate lines. */
    private static boolean expanded(JsonGenerator g) {
        JsonStreamContext ctx = g.getOutputContext();
        JsonStreamContext parent = ctx.getParent();
        if (parent == null || parent.inRoot()) {
            return true;
        }
        JsonStreamContext grand = parent.getParent();
        if (!parent.inObject() || grand == null || !grand.inRoot()) {
            return false;
        }
        return ctx.inObject() || "probes".equals(parent.getCurrentName());
    }

    private static void newline(JsonGenerator g, int depth) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        writeEnd(g, entries, '}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        beforeObjectEntries(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        if (expanded(g)) {
            g.writeRaw(": ");
        } else {
            g.writeRaw(':');
        }
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        writeEnd(g, values, ']');
    }

    private static void writeEnd(JsonGenerator g, int n, char close) throws IOException {
        if (n > 0 && expanded(g)) {
            newline(g, g.getOutputContext().getNestingDepth() - 1);
        }
        g.writeRaw(close);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        beforeArrayValues(g);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (expanded(g)) {
            newline(g, g.getOutputContext().getNestingDepth());
        }
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (expanded(g)) {
            newline(g, g.getOutputContext().getNestingDepth());
        }
    }
}
