#!/usr/bin/env python3
"""Where `exitscope evaluate --policy dynasor --policy deer` spends its sampled CPU time, from a JFR recording.

Record and break down (see BENCHMARKS.md):
  java -XX:FlightRecorderOptions:stackdepth=256 \
       -XX:StartFlightRecording=filename=eval.jfr,settings=profile,jdk.ExecutionSample#period=5ms \
       -jar target/exitscope.jar evaluate --policy dynasor --policy deer CORPUS
  jfr print --stack-depth 256 --events jdk.ExecutionSample eval.jfr > eval.txt
  python3 bench/jfr_breakdown.py eval.txt

Each sample goes to the first category (in the order below) whose method occurs anywhere in its stack; replay
runs inside the reader's callback, so the replay categories come first.
"""
import collections
import re
import sys

CATEGORIES = [
    ("replay: Dynasor answer equivalence (DynasorRun.allAgree)", ["DynasorRun.allAgree("]),
    ("replay: DEER </think> scan (ThinkingEnd.update)", ["ThinkingEnd.update("]),
    ("replay: cue detection (CueDetector)", ["CueDetector."]),
    ("replay: DEER cue and probe handling (DeerRun.onToken)", ["DeerRun.onToken("]),
    ("replay: Dynasor probe handling (DynasorRun.onToken)", ["DynasorRun.onToken("]),
    ("replay: probe index per policy and trace (PolicyInputs.<init>)", ["PolicyInputs.<init>("]),
    ("replay: needs check", ["probeNeeds(", ".needs("]),
    ("replay: answers and correctness", ["ReplayAnswers.", "AnswerEquivalence."]),
    ("replay: token walk and driver (ReplayEngine)", ["ReplayEngine."]),
    ("metrics (bootstrap, McNemar, ...)", ["CorpusEvaluator.finish(", "PairedBootstrap.", "McNemar."]),
    ("read: token columns (NativeLineScanner.tokens)", ["NativeLineScanner.tokens("]),
    ("read: probes (ProbeScanner)", ["ProbeScanner."]),
    ("read: building the trace (TraceBuilder, final answer)", ["NativeTraceReader.build(", "TraceBuilder.build("]),
    ("read: other fields and lines", ["NativeLineScanner.", "NativeTraceReader.", "LineReader.",
                                      "NativeImporter.readCorpus("]),
]


def main(path):
    with open(path, encoding="utf-8") as f:
        events = f.read().split("jdk.ExecutionSample")
    counts = collections.Counter()
    total = 0
    for e in events:
        frames = re.findall(r"^\s+([\w.$<>]+)\(", e, re.M)
        if not frames:
            continue
        total += 1
        stack = " ".join(fr + "(" for fr in frames)
        for name, keys in CATEGORIES:
            if any(k in stack for k in keys):
                counts[name] += 1
                break
        else:
            counts["other (start-up, class loading, JIT-compiled stubs)"] += 1
    print(f"samples {total}")
    for name, n in counts.most_common():
        print(f"{100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main(sys.argv[1])
