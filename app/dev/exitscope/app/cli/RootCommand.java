package dev.exitscope.app.cli;

import picocli.CommandLine.Command;

/**
 * {@code exitscope}: the command group. Its commands are not named here but in {@link CommandTable}, from which
 * {@link ExitScopeCli} adds the ones a run needs.
 */
@Command(name = "exitscope", mixinStandardHelpOptions = true, version = "ExitScope 0.1.0",
        description = "Inspect reasoning traces and replay early-stopping policies.")
final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
