#!/usr/bin/env bash
# Rebuilds the dataset-derived sample traces in sample-traces/ from the third-party files in ../shared/data.
# Selection: Qwen2.5-Math records 0,1,2,4,5,7 (all samples correct), 3 (all wrong) and 6,17,28 (mixed);
# Marco-o1 records 0,2,3,4,6,8,9,11,14,17 (English, 8 has an unclosed <Output>) and 10,23 (Chinese);
# ZeroEval o1 records 0-4 of GSM8K (o1-mini) and 0-4 of MATH level 5 (o1-preview);
# all four llama.cpp Qwen3 runs with top-5 logprobs (three models on CPU, Qwen3-0.6B also on GPU).
# Usage: tools/make-sample-traces.sh [DATA_DIR]   (default ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
jar="${EXITSCOPE_JAR:-target/exitscope.jar}"
[ -f "$jar" ] || mvn -B -ntp -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pick_lines() {  # FILE OUT INDEX...
    local src=$1 out=$2; shift 2
    python3 - "$src" "$out" "$@" <<'PY'
import sys
src, out, idx = sys.argv[1], sys.argv[2], [int(i) for i in sys.argv[3:]]
lines = open(src, encoding="utf-8").read().splitlines()
with open(out, "w", encoding="utf-8") as f:
    for i in idx:
        f.write(lines[i] + "\n")
PY
}

pick_array() {  # FILE OUT ID_PREFIX INDEX...   (adds "id": "ID_PREFIX:<index in the source>")
    local src=$1 out=$2 prefix=$3; shift 3
    python3 - "$src" "$out" "$prefix" "$@" <<'PY'
import json, sys
src, out, prefix, idx = sys.argv[1], sys.argv[2], sys.argv[3], [int(i) for i in sys.argv[4:]]
records = json.load(open(src, encoding="utf-8"))
picked = [dict(records[i], id=f"{prefix}:{i}") for i in idx]
json.dump(picked, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
}

wrap_logprobs() {  # FILE OUT ID MODEL   ({"message", "logprobs"} as printed by the client -> a chat.completion)
    python3 - "$@" <<'PY'
import json, sys
src, out, trace_id, model = sys.argv[1:5]
printed = json.load(open(src, encoding="utf-8"))
choice = {"index": 0, "message": {"role": "assistant", "content": printed["message"]},
          "logprobs": printed["logprobs"]}
response = {"id": trace_id, "object": "chat.completion", "model": model, "choices": [choice]}
json.dump(response, open(out, "w", encoding="utf-8"), ensure_ascii=False)
PY
}

describe_qwen3() {  # IN OUT   (adds the question, source, licence, device and vocabulary size to each trace)
    python3 - "$1" "$2" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
    for line in f:
        t = json.loads(line)
        t["question"] = {"text": "Please write 10 paragraphs about apples."}
        meta = t["meta"]
        meta["source"] = "llama.cpp server, logprobs=5 (thunze/reproducible-inference)"
        meta["license"] = "Unlicense"
        device = "GPU" if t["id"].startswith("cuda_") else "CPU"
        meta["extra"] = dict(meta.get("extra", {}), device=device, vocabSize="151936")  # Qwen3's config.json
        o.write(json.dumps(t, ensure_ascii=False, separators=(",", ":")) + "\n")
PY
}

mkdir -p sample-traces/qwen25-math sample-traces/marco-o1 sample-traces/zeroeval-o1 sample-traces/llamacpp-qwen3

pick_lines "$data/qwen25-math-maj8/math_cot_100.first30.jsonl" "$tmp/math_cot_100.jsonl" 0 1 2 3 4 5 6 7 17 28
java -jar "$jar" convert --map preset=qwen25-math "$tmp/math_cot_100.jsonl" \
    -o sample-traces/qwen25-math/math_cot_100.traces.jsonl

pick_array "$data/marco-o1-cot/CoT_demo.first80.json" "$tmp/CoT_demo.json" CoT_demo 0 2 3 4 6 8 9 10 11 14 17 23
java -jar "$jar" convert --map preset=marco-o1 "$tmp/CoT_demo.json" \
    -o sample-traces/marco-o1/CoT_demo.traces.jsonl

pick_lines "$data/zeroeval-o1/gsm_o1-mini-2024-09-12.first50.jsonl" "$tmp/gsm_o1-mini.jsonl" 0 1 2 3 4
pick_lines "$data/zeroeval-o1/math-l5_o1-preview-2024-09-12.first50.jsonl" "$tmp/math-l5_o1-preview.jsonl" 0 1 2 3 4
java -jar "$jar" convert --map preset=zeroeval "$tmp/gsm_o1-mini.jsonl" "$tmp/math-l5_o1-preview.jsonl" \
    -o sample-traces/zeroeval-o1/o1.traces.jsonl

qwen3=()
for run in cpu_qwen-3-0-6b:Qwen3-0.6B-Q8_0 cpu_qwen-3-1-7b:Qwen3-1.7B-Q8_0 cpu_qwen-3-4b:Qwen3-4B-Q4_K_M \
           cuda_qwen-3-0-6b:Qwen3-0.6B-Q8_0; do
    wrap_logprobs "$data/llamacpp-qwen3-logprobs/${run%%:*}_ten-paragraphs-logprobs.json" "$tmp/${run%%:*}.json" \
        "${run%%:*}" "${run#*:}"
    qwen3+=("$tmp/${run%%:*}.json")
done
java -jar "$jar" convert --format openai-chat "${qwen3[@]}" -o "$tmp/qwen3.traces.jsonl"
describe_qwen3 "$tmp/qwen3.traces.jsonl" "$tmp/qwen3-described.traces.jsonl"
java -jar "$jar" convert --format native "$tmp/qwen3-described.traces.jsonl" \
    -o sample-traces/llamacpp-qwen3/ten-paragraphs.traces.jsonl

java -jar "$jar" inspect sample-traces/qwen25-math sample-traces/marco-o1 sample-traces/zeroeval-o1 \
    sample-traces/llamacpp-qwen3 | tail -1
