package dev.exitscope.app.cli;

import dev.exitscope.analysis.timeline.TimelineData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code exitscope snapshot}: the main window with one trace, rendered headless to a PNG. */
@Command(name = "snapshot", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render the workbench window with one trace to a PNG, without a display.",
            "Lanes: entropy, surprisal, rpdi, redundancy, probes, harm, series:NAME."})
final class SnapshotCommand implements Callable<Integer> {
    private final Snapshotter snapshotter;
    private final PrintWriter err;

    @Option(names = "--trace", paramLabel = "FILE", required = true, description = "The trace file.")
    Path trace;

    @Option(names = "--id", paramLabel = "ID", description = "Which trace of a corpus file (default: the first).")
    String id;

    @Option(names = "--select", paramLabel = "TOKEN", defaultValue = "-1", description = "Select this token.")
    int select;

    @Option(names = "--inspector", paramLabel = "TOKEN", defaultValue = "-1",
            description = "Select this token and show its signals in the token inspector.")
    int inspector;

    @Option(names = "--lanes", paramLabel = "a,b,…", split = ",", description = "Lanes to show, top to bottom.")
    List<String> lanes;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1000",
            description = "Image size in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "Colour theme (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--policy", paramLabel = "SPEC",
            description = "Enable this policy in the policy panel, e.g. deer or budget:tokens=512 (repeatable); its"
                    + " exit is flagged on the timeline.")
    List<String> policies = new java.util.ArrayList<>();

    @Option(names = "--playback-at", paramLabel = "TOKEN", defaultValue = "-1",
            description = "Show the window as playback shows it after TOKEN tokens: the rest dimmed and hidden, the"
                    + " flags of the policies that stopped by then.")
    int playbackAt;

    @Option(names = "--teaching", description = "Render the teaching layout: large text, only the trace, its"
            + " flags and the playback bar.")
    boolean teaching;

    @Option(names = "--find", paramLabel = "TEXT",
            description = "Find this text: matches highlighted, the first one selected.")
    String find;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.png", required = true, description = "The PNG to write.")
    Path output;

    SnapshotCommand(CliContext context) {
        this.snapshotter = context.snapshotter();
        this.err = context.err();
    }

    @Override
    public Integer call() throws IOException {
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        int w;
        int h;
        try {
            w = Integer.parseInt(wh[0].trim());
            h = Integer.parseInt(wh[1].trim());
        } catch (RuntimeException e) {
            throw new UsageException("--size " + size + ": expected WIDTHxHEIGHT, e.g. 1600x1000");
        }
        if (wh.length != 2 || w < 320 || h < 240 || w > 8192 || h > 8192) {
            throw new UsageException("--size " + size + ": expected WIDTHxHEIGHT between 320x240 and 8192x8192");
        }
        List<String> shown = null;
        if (lanes != null) {
            shown = new ArrayList<>();
            for (String l : lanes) {
                String lane = l.trim();
                if (!TimelineData.DEFAULT_LANES.contains(lane) && !lane.startsWith("series:")) {
                    throw new UsageException("unknown lane '" + lane + "', expected one of "
                            + String.join(", ", TimelineData.DEFAULT_LANES) + " or series:NAME");
                }
                shown.add(lane);
            }
        }
        if (!output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new UsageException("-o " + output + ": the output must be a .png file");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UsageException("-o " + output + ": the folder " + output.getParent()
                    + " does not exist (snapshot does not create folders)");
        }
        if (Files.isDirectory(output)) {
            throw new UsageException("-o " + output + ": is a folder, expected a .png file to write");
        }
        String t = theme.trim().toLowerCase(java.util.Locale.ROOT);
        if (!t.equals("light") && !t.equals("dark")) {
            throw new UsageException("--theme " + theme + ": expected light or dark");
        }
        if (inspector < -1) {
            throw new UsageException("--inspector " + inspector + ": expected a token index, 0 or more");
        }
        if (inspector >= 0 && select >= 0 && inspector != select) {
            throw new UsageException("--inspector " + inspector + " and --select " + select
                    + ": expected one token, the inspector shows the selected one");
        }
        if (find != null && find.isEmpty()) {
            throw new UsageException("--find: expected some text to find");
        }
        snapshotter.snapshot(new SnapshotRequest(trace, id, Math.max(select, inspector), shown, w, h, output,
                t.equals("dark"), find, policies, playbackAt, teaching, inspector));
        err.println("wrote " + output + " (" + w + "x" + h + ")");
        return ExitScopeCli.OK;
    }

    static List<String> laneNames() {
        return Arrays.asList(TimelineData.DEFAULT_LANES.toArray(new String[0]));
    }
}
