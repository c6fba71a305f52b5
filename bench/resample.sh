#!/usr/bin/env bash
# Resampling to 16 kHz mono: Earshot's converter (swresample through MonoResampler) next to the other candidates
# of ResampleBenchmark on the same input, each step in a JVM of its own on core 0: speed on MINUTES of audio per
# input of INPUTS, and quality on analytic signals. Writes bench/results/resample.md and resample.json; the same
# steps are the `resample` section of bench/run.sh. Needs a JDK 17+ and taskset; see bench/README.md.
# Settings (environment): MINUTES (10), RUNS (3), INPUTS (44100:2 48000:2 8000:1 22050:1), RESAMPLE_CANDIDATES,
# HEAP (256m), BUILD_DIR (target), WORK (bench/work/resample), RESULTS (bench/results).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
MINUTES=${MINUTES:-10}
RUNS=${RUNS:-3}
INPUTS=${INPUTS:-44100:2 48000:2 8000:1 22050:1}
WORK=${WORK:-bench/work/resample}
RESULTS=${RESULTS:-bench/results}
MODELS=$WORK/models
FIG=$WORK/figures
rm -rf "$FIG"
mkdir -p "$FIG"
engine_classpath "$WORK/classpath.txt"
load_before=$(cat /proc/loadavg)
resample_steps "$FIG" "$MINUTES" "$RUNS" "$INPUTS"
figures "$FIG/run.properties" "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)" "commit=$COMMIT" \
  "cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" "cores=$(nproc)" \
  "java=$(java -version 2>&1 | head -1)" "heap=$HEAP" "minutes=$MINUTES" "runs=$RUNS" \
  "load_before=$load_before" "load_after=$(cat /proc/loadavg)"
jstep 0,1 dev.earshot.engine.bench.ResampleReport "$FIG" "$RESULTS"
echo "wrote $RESULTS/resample.md and $RESULTS/resample.json" >&2
