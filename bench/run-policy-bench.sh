#!/usr/bin/env bash
# Probe-policy replay and native-corpus reading against plain Python, both pinned to one CPU (see BENCHMARKS.md).
# Needs: JDK 17, Maven, python3, hyperfine (apt-get install hyperfine), taskset (util-linux).
# Usage: bench/run-policy-bench.sh [traces=1000] [tokens=8000]
# Environment: CPU (the core to pin to, default 1), RUNS (hyperfine runs, default 5), SKIP_BUILD=1 (reuse
# target/exitscope.jar and target/test-classes), MVN_FLAGS (extra Maven flags, e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
traces="${1:-1000}"
tokens="${2:-8000}"
cpu="${CPU:-1}"
runs="${RUNS:-5}"
out=target/policy-bench
mkdir -p "$out"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    mvn -B -ntp -q ${MVN_FLAGS:-} -DskipTests package
    mvn -B -ntp -q ${MVN_FLAGS:-} test-compile
fi
jar cf "$out/bench.jar" -C target/test-classes dev/exitscope/bench
cp="$out/bench.jar:target/exitscope.jar"
corpus="$out/probes-${traces}x${tokens}.traces.jsonl"
java -cp "$cp" dev.exitscope.bench.ProbeCorpus "$corpus" "$traces" "$tokens" 1
echo "corpus: $corpus ($(stat -c %s "$corpus") bytes); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# target/exitscope is the launcher: C1 only, the serial collector and the build's class-data archive
# (docs/decisions/0009-a-launcher-with-jvm-options-per-kind-of-run.md); `java -jar` runs with the JVM's defaults.
short="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# the interpreter itself, not a version manager's shim in front of it (pyenv's adds ~70 ms to every start)
py=$(python3 -c 'import sys; print(sys.executable)')
[ -x target/exitscope ] && [ -f target/exitscope.jsa ] || { echo "target/exitscope or its archive is missing" >&2; exit 1; }

echo "== Exits, trace by trace: exitscope replay vs bench/policy_baseline.py"
target/exitscope replay --policy dynasor --policy deer --json "$corpus" > "$out/replay.json"
"$py" bench/policy_baseline.py --compare "$out/replay.json" "$corpus" | grep -v $'^bench-'

echo "== Read, JVM start excluded: six reads in one JVM (wall clock and the reading thread's CPU time)"
taskset -c "$cpu" java -cp "$cp" dev.exitscope.bench.ReadCorpus "$corpus" 6
taskset -c "$cpu" java $short -cp "$cp" dev.exitscope.bench.ReadCorpus "$corpus" 6

echo "== Read, JVM start included: native reader vs json.loads per line"
hyperfine -N -w 1 -r "$runs" --export-json "$out/read-hyperfine.json" \
    "taskset -c $cpu $py bench/policy_baseline.py --read-only $corpus" \
    "taskset -c $cpu java -cp $cp dev.exitscope.bench.ReadCorpus $corpus" \
    "taskset -c $cpu java $short -cp $cp dev.exitscope.bench.ReadCorpus $corpus"

echo "== Replay, JVM start included: exitscope evaluate vs the Python script"
hyperfine -N -w 1 -r "$runs" --export-json "$out/replay-hyperfine.json" \
    "taskset -c $cpu $py bench/policy_baseline.py $corpus" \
    "taskset -c $cpu target/exitscope evaluate --policy dynasor --policy deer $corpus" \
    "taskset -c $cpu java -jar target/exitscope.jar evaluate --policy dynasor --policy deer $corpus"

echo "== Start-up alone"
hyperfine -N -w 1 -r "$runs" \
    "taskset -c $cpu $py -c pass" \
    "taskset -c $cpu target/exitscope --version" \
    "taskset -c $cpu java -jar target/exitscope.jar --version"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
