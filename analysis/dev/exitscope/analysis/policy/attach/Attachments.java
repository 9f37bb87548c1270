package dev.exitscope.analysis.policy.attach;

import dev.exitscope.analysis.io.FileProblems;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.signals.steps.NamedSteps;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Series and probes computed outside ExitScope, keyed by trace id, to merge into traces.
 *
 * <ul>
 *   <li>Series as CSV with the header {@code id,token,value}: one row per value; tokens without a row are NaN; an
 *       empty value or {@code nan} is NaN. A token past the end of its trace is an error naming the row.</li>
 *   <li>Series as JSON Lines {@code {"id": …, "series": {"NAME": [v0, v1, …]}}}: exactly one value (or null) per
 *       token.</li>
 *   <li>Probes as JSON Lines {@code {"id": …, "probes": [ … ]}} in the native format's probe shape; {@code at} must
 *       not pass the end of the trace. They are added to the trace's own probes.</li>
 *   <li>Steps as JSON Lines {@code {"id": …, "steps": ["text of step 1", …]}} or {@code {"id": …, "stepEnds":
 *       [char offset, …]}}, optionally with {@code "stepSeries": {"sim": […]}}, stored as the segmentation
 *       {@code attached} ({@link dev.exitscope.analysis.signals.steps.NamedSteps}); see {@link StepsPatch}. One
 *       line per trace; it replaces an attached segmentation the trace already has.</li>
 * </ul>
 * An attached series replaces a series of the same name. Every id given must match a trace. Errors are
 * {@link TraceInputException}s of the form {@code FILE:LINE: …} or {@code FILE: record N: …}. Not thread-safe.
 */
public final class Attachments {
    private final Map<String, List<SeriesPatch>> series = new LinkedHashMap<>();
    private final Map<String, List<ProbePatch>> probes = new LinkedHashMap<>();
    private final Map<String, StepsPatch> steps = new LinkedHashMap<>();
    private final Map<String, String> firstMention = new LinkedHashMap<>();
    private final java.util.Set<String> used = new java.util.HashSet<>();

    /** Reads series {@code name} from a CSV ({@code .csv}) or JSON Lines file. */
    public void addSeries(String name, Path file) throws IOException {
        FileProblems.requireReadableFile(file, false);
        String f = file.toString();
        if (f.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            for (SeriesPatch p : SeriesCsv.read(name, file).values()) {
                add(p);
            }
            return;
        }
        forEachRecord(file, (record, m) -> {
            String id = id(m);
            Object s = m.get("series");
            if (!(s instanceof Map) || !((Map<?, ?>) s).containsKey(name)) {
                throw new IllegalArgumentException("expected \"series\": {\"" + name + "\": [...]}");
            }
            Object values = ((Map<?, ?>) s).get(name);
            if (!(values instanceof List)) {
                throw new IllegalArgumentException("expected series " + name + " to be an array of numbers");
            }
            List<?> list = (List<?>) values;
            float[] v = new float[list.size()];
            for (int i = 0; i < v.length; i++) {
                Object x = list.get(i);
                if (x != null && !(x instanceof Double)) {
                    throw new IllegalArgumentException("expected series " + name + "[" + i + "] to be a number");
                }
                v[i] = x == null ? Float.NaN : (float) (double) (Double) x;
            }
            add(SeriesPatch.dense(id, name, v, f, record));
        });
    }

    /** Reads probes from a JSON Lines file. */
    public void addProbes(Path file) throws IOException {
        FileProblems.requireReadableFile(file, false);
        String f = file.toString();
        forEachRecord(file, (record, m) -> {
            String id = id(m);
            probes.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new ProbePatch(ProbeRecords.probes(m.get("probes")), f, record));
            firstMention.putIfAbsent(id, f + ": record " + record);
        });
    }

    /** Reads steps from a JSON Lines file (see {@link StepsFile}). */
    public void addSteps(Path file) throws IOException {
        FileProblems.requireReadableFile(file, false);
        for (StepsPatch p : StepsFile.read(file)) {
            StepsPatch q = steps.putIfAbsent(p.id(), p);
            if (q != null) {
                throw TraceInputException.ofFile(p.where(), "steps of trace " + p.id() + " are given twice (also at "
                        + q.where() + ")");
            }
            firstMention.putIfAbsent(p.id(), p.where());
        }
    }

    private void add(SeriesPatch p) {
        List<SeriesPatch> list = series.computeIfAbsent(p.id(), k -> new ArrayList<>());
        for (SeriesPatch q : list) {
            if (q.name().equals(p.name())) {
                throw TraceInputException.ofFile(p.where(), "series " + p.name() + " of trace " + p.id()
                        + " is given twice (also at " + q.where() + ")");
            }
        }
        list.add(p);
        firstMention.putIfAbsent(p.id(), p.where());
    }

    /** The trace with everything given for its id; the trace itself when nothing was. */
    public Trace apply(Trace trace) {
        List<SeriesPatch> s = series.getOrDefault(trace.id(), List.of());
        List<ProbePatch> p = probes.getOrDefault(trace.id(), List.of());
        StepsPatch st = steps.get(trace.id());
        if (s.isEmpty() && p.isEmpty() && st == null) {
            return trace;
        }
        used.add(trace.id());
        String own = NamedSteps.seriesName(NamedSteps.ATTACHED);
        TraceBuilder b = st == null ? TraceCopier.copy(trace)
                : TraceCopier.copy(trace, name -> !name.equals(own) && !name.startsWith(own + "."));
        if (st != null) {
            st.apply(trace, b);
        }
        for (SeriesPatch patch : s) {
            b.series(patch.name(), patch.values(trace));
        }
        for (ProbePatch patch : p) {
            for (Probe probe : patch.probes()) {
                if (probe.at() > trace.tokenCount()) {
                    throw TraceInputException.inRecord(patch.file(), patch.record(), "probe " + probe.kind()
                            + " at " + probe.at() + " is past the end of trace " + trace.id() + " ("
                            + trace.tokenCount() + " tokens)");
                }
                b.probe(probe);
            }
        }
        return b.build();
    }

    /** Fails on the first id that matched no trace applied so far. */
    public void checkAllUsed() {
        for (Map.Entry<String, String> e : firstMention.entrySet()) {
            if (!used.contains(e.getKey())) {
                throw TraceInputException.ofFile(e.getValue(), "no trace with id '" + e.getKey()
                        + "' in the input");
            }
        }
    }

    /** How many ids carry something to attach. */
    public int ids() {
        return firstMention.size();
    }

    private interface RecordHandler {
        void accept(long record, Map<String, Object> m);
    }

    private static void forEachRecord(Path file, RecordHandler h) throws IOException {
        String f = file.toString();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long record = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                record++;
                try {
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    Map<String, Object> m = (Map) JsonLine.object(line);
                    h.accept(record, m);
                } catch (IllegalArgumentException e) {
                    throw TraceInputException.inRecord(f, record, e.getMessage());
                }
            }
        }
    }

    private static String id(Map<String, Object> m) {
        Object id = m.get("id");
        if (!(id instanceof String) || ((String) id).isEmpty()) {
            throw new IllegalArgumentException("expected \"id\" (the trace id, a string), found "
                    + ProbeRecords.describe(id));
        }
        return (String) id;
    }

    /** Probes of one record. */
    private record ProbePatch(List<Probe> probes, String file, long record) {
    }
}
