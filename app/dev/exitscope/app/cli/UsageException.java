package dev.exitscope.app.cli;

/** A command was given options that cannot work together; reported with exit status 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
