#!/usr/bin/env python3
"""Baseline for ExitScope's probe-policy benchmark: Dynasor and DEER replayed over a native corpus in plain Python.

Reads an ExitScope native corpus (*.traces.jsonl, one trace a line) with json.loads per line and applies the two
rules as the authors' code states them, standard library only:

Dynasor-CoT (hao-ai-lab/Dynasor, dynasor/cot.py): at every multiple of 64 tokens inside the reasoning, the probe's
answer is its text up to the first unmatched '}' (obtain_answer; the empty string when there is none), and the
probe is certain when none of wait/hold/but/okay/no/hmm occurs in its lower-cased text as a substring. Exit at that
checkpoint when the last W=3 answers are non-empty, all certain and equal (exact string match here; the authors
compare with math_equal). A checkpoint without a probe counts as an empty answer.

DEER (BugSmith/DEER, vllm-deer.py): at every case-sensitive 'Wait' in the thinking, the trial recorded on the
prefix before the token holding the cue; its confidence is the arithmetic mean of exp(logprob) over its out tokens
from the second on (calculate_average_max_prob_from_logprobs, policy avg1, start_index = 1). Exit keeping that
prefix when the confidence exceeds 0.95; at most 10 trials are judged (max_judge_steps).

The reasoning ends at thinkEnd (the token count when the trace has no marked thinking block); an exit counts only
before it. The thinking text ends at the first '</think>' or '</Thought>' inside the reasoning.

Usage:
  python3 bench/policy_baseline.py CORPUS               exit counts on stdout
  python3 bench/policy_baseline.py --exits CORPUS       also one line per trace: id, Dynasor exit, DEER exit
  python3 bench/policy_baseline.py --read-only CORPUS   only json.loads per line (the read comparison)
  python3 bench/policy_baseline.py --compare REPLAY.json CORPUS
      compares these exits, trace by trace, with `exitscope replay --policy dynasor --policy deer --json`'s
      output; prints every difference and exits with status 1 when there is one
"""
import bisect
import itertools
import json
import math
import sys

INTERVAL = 64
WINDOW = 3
UNCERTAIN = ("wait", "hold", "but", "okay", "no", "hmm")
CUE = "Wait"
THRESHOLD = 0.95
MAX_JUDGES = 10
CLOSE_TAGS = ("</think>", "</Thought>")


def obtain_answer(s):
    """The text before the first '}' that closes no '{'; '' when there is none."""
    depth = 0
    for i, c in enumerate(s):
        if c == "{":
            depth += 1
        elif c == "}":
            if depth == 0:
                return s[:i]
            depth -= 1
    return ""


def probe_text(p):
    text = p.get("text")
    if text is not None:
        return text
    out = p.get("out") or []
    if out:
        return "".join(t["text"] for t in out)
    return p.get("answer") or ""


def by_at(probes, kind):
    """The first probe of a kind at each prefix length."""
    found = {}
    for p in probes:
        if p["kind"].lower() == kind and p["at"] not in found:
            found[p["at"]] = p
    return found


def dynasor_exit(probes, reasoning_end):
    recorded = by_at(probes, "dynasor")
    answers = []
    certain = []
    for at in range(INTERVAL, reasoning_end, INTERVAL):
        p = recorded.get(at)
        if p is None:
            answers.append("")
            certain.append(False)
        else:
            text = probe_text(p)
            answers.append(obtain_answer(text))
            lower = text.lower()
            certain.append(not any(w in lower for w in UNCERTAIN))
        last = answers[-WINDOW:]
        if (len(last) == WINDOW and all(last) and all(certain[-WINDOW:])
                and all(a == last[-1] for a in last)):
            return at
    return None


def deer_confidence(out):
    """avg1 from the second out token on; None when there is no such token (the authors' code divides by 0)."""
    probs = [math.exp(t["logprob"]) for t in out[1:] if t.get("logprob") is not None]
    return sum(probs) / len(probs) if probs else None


def deer_exit(probes, text, starts, reasoning_end):
    recorded = by_at(probes, "deer")
    if not recorded:
        return None
    limit = starts[reasoning_end]
    for tag in CLOSE_TAGS:
        i = text.find(tag, 0, limit)
        if i >= 0:
            limit = min(limit, i)
    judges = 0
    s = text.find(CUE, 0, limit)
    while s >= 0 and judges < MAX_JUDGES:
        at = bisect.bisect_right(starts, s) - 1
        p = recorded.get(at)
        if p is not None:
            judges += 1
            conf = deer_confidence(p.get("out") or [])
            if conf is not None and conf > THRESHOLD:
                return at
        s = text.find(CUE, s + 1, limit)
    return None


def replay(trace):
    tokens = trace["tokens"]["text"]
    n = len(tokens)
    think_end = trace.get("thinkEnd")
    reasoning_end = n if think_end is None else think_end
    probes = trace.get("probes") or []
    starts = [0, *itertools.accumulate(map(len, tokens))]
    text = "".join(tokens)
    return dynasor_exit(probes, reasoning_end), deer_exit(probes, text, starts, reasoning_end)


def compare(replay_json, exits):
    """Differences between ExitScope's replay rows and these exits: (trace, policy, ExitScope's, this script's)."""
    with open(replay_json, encoding="utf-8") as f:
        rows = json.load(f)["results"]
    theirs = {(r["trace"], r["policy"]): r["exitToken"] for r in rows}
    diffs = []
    for trace_id, (dyn, dr) in exits.items():
        for policy, ours in (("dynasor", dyn), ("deer", dr)):
            other = theirs.get((trace_id, policy), "missing")
            if other != ours:
                diffs.append((trace_id, policy, other, ours))
    return diffs


def main(argv):
    argv = list(argv)
    replay_json = None
    if "--compare" in argv:
        i = argv.index("--compare")
        if i + 1 >= len(argv):
            sys.exit("--compare needs the replay JSON file")
        replay_json = argv.pop(i + 1)
        argv.pop(i)
    args = [a for a in argv if not a.startswith("--")]
    flags = {a for a in argv if a.startswith("--")}
    if len(args) != 1 or not flags <= {"--exits", "--read-only"}:
        sys.exit("usage: policy_baseline.py [--exits | --read-only | --compare REPLAY.json] CORPUS.traces.jsonl")
    traces = 0
    dynasor = 0
    deer = 0
    rows = []
    exits = {}
    with open(args[0], "rb") as f:
        for line in f:
            if not line.strip():
                continue
            trace = json.loads(line)
            traces += 1
            if "--read-only" in flags:
                continue
            dyn, dr = replay(trace)
            dynasor += dyn is not None
            deer += dr is not None
            if replay_json is not None:
                exits[trace.get("id")] = (dyn, dr)
            if "--exits" in flags:
                rows.append(f"{trace.get('id')}\t{'-' if dyn is None else dyn}\t{'-' if dr is None else dr}")
    if "--read-only" in flags:
        print(f"traces {traces}")
        return
    print(f"traces {traces} dynasor-exits {dynasor} deer-exits {deer}")
    for r in rows:
        print(r)
    if replay_json is not None:
        diffs = compare(replay_json, exits)
        for trace_id, policy, other, ours in diffs:
            print(f"differs\t{trace_id}\t{policy}\texitscope={other}\tpython={ours}")
        print(f"exits compared trace by trace: {2 * len(exits)} rows, {len(diffs)} differ")
        if diffs:
            sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
