/**
 * Running a model to produce a trace: the request, the tokens as they are generated, and how a generation ended.
 * One contract for every engine — a local ONNX Runtime session or a server ExitScope is a client of — so the
 * recorder, live stopping and the command line work the same on both.
 */
@NullMarked
package dev.exitscope.inference.run;

import org.jspecify.annotations.NullMarked;
