package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.Importers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real command line in-process and captures both streams. */
final class CliRunner {
    final List<List<Path>> guiOpened = new ArrayList<>();
    String out;
    String err;

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        ExitScopeCli cli = new ExitScopeCli(guiOpened::add, Importers.standard(), new PrintWriter(o, true),
                new PrintWriter(e, true));
        int code = cli.run(args);
        out = o.toString();
        err = e.toString();
        return code;
    }
}
