#!/usr/bin/env bash
# Renders the README's screenshots with the `snapshot` command (headless; no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/exitscope.jar ] || mvn -B -ntp -q -DskipTests package
jar=target/exitscope.jar
mkdir -p docs/images
java -jar "$jar" snapshot --trace sample-traces/marco-o1/CoT_demo.traces.jsonl --id CoT_demo:4 \
    --find wait -o docs/images/marco-o1.png
java -jar "$jar" snapshot --trace sample-traces/qwen25-math/math_cot_100.traces.jsonl --id 6:0 \
    -o docs/images/qwen25-math.png
java -jar "$jar" snapshot --trace sample-traces/formats/openai-chat.json --theme dark --select 40 \
    -o docs/images/dark-openai-chat.png
java -jar "$jar" snapshot --trace sample-traces/llamacpp-qwen3/ten-paragraphs.traces.jsonl \
    --policy entropy:threshold=2 --policy rpdi --policy budget:tokens=300 -o docs/images/replay.png
java -jar "$jar" snapshot --trace sample-traces/qwen25-math/math_cot_100.traces.jsonl --policy firstk \
    --policy budget:tokens=120 --playback-at 150 --teaching --size 1280x800 -o docs/images/teaching.png
