#!/usr/bin/env python3
"""Baseline for ExitScope's import benchmark: json.load plus one loop over an OpenAI chat completion.

Extracts what ExitScope's importer extracts — token texts, logprobs and the top-k alternatives (texts and
logprobs) — into Python lists, and the mean top-k entropy, so both sides do comparable work.

Usage: python3 bench/python_baseline.py FILE [repeats]
Prints one line per repeat: seconds, MB/s.
"""
import json
import math
import os
import sys
import time


def load(path):
    with open(path, "rb") as f:
        doc = json.load(f)
    texts, logprobs, alt_texts, alt_logprobs = [], [], [], []
    h_sum = 0.0
    for choice in doc["choices"]:
        for entry in choice["logprobs"]["content"]:
            texts.append(entry["token"])
            logprobs.append(entry["logprob"])
            row_t, row_l = [], []
            h = 0.0
            mass = 0.0
            for alt in entry.get("top_logprobs") or []:
                row_t.append(alt["token"])
                lp = alt["logprob"]
                row_l.append(lp)
                p = math.exp(lp)
                mass += p
                h -= p * lp
            alt_texts.append(row_t)
            alt_logprobs.append(row_l)
            h_sum += h
    return len(texts), h_sum / max(1, len(texts))


def main():
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    size_mb = os.path.getsize(path) / 1e6
    for _ in range(repeats):
        t0 = time.perf_counter()
        n, h = load(path)
        dt = time.perf_counter() - t0
        print(f"{dt:.4f} s  {size_mb / dt:.1f} MB/s  tokens={n} meanH={h:.4f}")


if __name__ == "__main__":
    main()
