/** The picocli command line; the only package that writes to standard output. */
@NullMarked
package dev.exitscope.app.cli;

import org.jspecify.annotations.NullMarked;
