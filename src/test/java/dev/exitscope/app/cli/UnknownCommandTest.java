package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnknownCommandTest {
    @Test
    void anUnknownCommandIsNamedAndTheHintNamesTheProgramOnce() {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("nosuch"));
        assertEquals("", cli.out);
        assertEquals("exitscope: unknown command 'nosuch', expected one of inspect, convert, signals, policies,"
                + " replay, evaluate, calibrate, attach, gui, snapshot\nTry 'exitscope --help'.\n", cli.err);
    }

    @Test
    void anUnknownOptionOfACommandPointsToThatCommandsHelp() {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", "--nosuch", "x"));
        assertEquals("exitscope: Unknown option: '--nosuch'\nTry 'exitscope inspect --help'.\n", cli.err);
    }

    @Test
    void anUnknownOptionBeforeAnyCommandIsNotCalledACommand() {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("--nosuch"));
        assertEquals("exitscope: Unknown option: '--nosuch'\nTry 'exitscope --help'.\n", cli.err);
    }
}
