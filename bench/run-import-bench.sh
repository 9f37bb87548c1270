#!/usr/bin/env bash
# Import speed and memory, measured in one run against the Python baseline (see BENCHMARKS.md).
# Needs: JDK 17, Maven, python3, hyperfine (apt-get install hyperfine).
# Usage: bench/run-import-bench.sh [tokens=32000] [topK=20]
set -euo pipefail
cd "$(dirname "$0")/.."
tokens="${1:-32000}"
k="${2:-20}"
out=bench/out
mkdir -p "$out"
mvn -B -ntp -q -DskipTests package
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
file="$out/openai-chat-${tokens}x${k}.json"
java -cp "$cp" dev.exitscope.bench.SyntheticOpenAiChat "$file" "$tokens" "$k" 1
echo "file: $file ($(stat -c %s "$file") bytes)"

echo "== JMH: OpenAI chat import"
java -cp "$cp" org.openjdk.jmh.Main ImportBenchmark -p tokens="$tokens" -p topK="$k" -f 1 -wi 5 -i 10 \
    -rf json -rff "$out/import-jmh.json" | tail -12

echo "== Python baseline: json.load + loop (5 runs)"
python3 bench/python_baseline.py "$file" 5

echo "== Retained memory"
java -XX:+UseSerialGC -Xmx3g -cp "$cp" dev.exitscope.bench.RetainedMemory "$tokens" "$k" 8

echo "== Whole command, JVM start included: exitscope inspect vs the Python baseline"
hyperfine -w 1 -r 8 -N \
    "java -jar target/exitscope.jar inspect $file" \
    "python3 bench/python_baseline.py $file" \
    --export-json "$out/inspect-hyperfine.json" | tail -8
