package dev.exitscope.app.cli;

import picocli.CommandLine.Command;

/** {@code exitscope}: the command group. */
@Command(name = "exitscope", mixinStandardHelpOptions = true, version = "ExitScope 0.1.0",
        description = "Inspect reasoning traces and replay early-stopping policies.",
        subcommands = {
            InspectCommand.class,
            ConvertCommand.class,
            SignalsCommand.class,
            PoliciesCommand.class,
            ReplayCommand.class,
            EvaluateCommand.class,
            CalibrateCommand.class,
            AttachCommand.class,
            GuiCommand.class,
            SnapshotCommand.class,
        })
final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
