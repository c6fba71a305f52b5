#!/usr/bin/env bash
# Training a detector: Earshot's DetectorTrainer (Tribuo logistic regression, and Tribuo's random forest to compare)
# on MINUTES of labelled frames, next to scikit-learn fitting the same rows, each step on core 0. Writes
# bench/results/training.md and training.json. Needs a JDK 17+ and taskset; the peer needs python3 with
# scikit-learn (pip install scikit-learn), else it is reported as not measured. See bench/README.md.
# Settings (environment): MINUTES (30), COLUMNS (40), SOURCE (synthetic), RUNS (3), LEARNERS (logistic; add forest),
# FOREST_RUNS (1), HEAP (256m), BUILD_DIR (target), WORK (bench/work/training), RESULTS (bench/results).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
MINUTES=${MINUTES:-30}
COLUMNS=${COLUMNS:-40}
SOURCE=${SOURCE:-synthetic}
RUNS=${RUNS:-3}
LEARNERS=${LEARNERS:-logistic}
FOREST_RUNS=${FOREST_RUNS:-1}
WORK=${WORK:-bench/work/training}
RESULTS=${RESULTS:-bench/results}
MODELS=$WORK/models
FIG=$WORK/figures
rm -rf "$FIG"
mkdir -p "$FIG"
engine_classpath "$WORK/classpath.txt"
load_before=$(cat /proc/loadavg)
for learner in $LEARNERS; do
  runs=$RUNS
  [ "$learner" = forest ] && runs=$FOREST_RUNS
  jstep 0 dev.earshot.engine.artifacts.training.TrainingBenchmark train "$learner" "$SOURCE" "$MINUTES" "$COLUMNS" \
    "$runs" "$WORK/frames" "$FIG/training-$learner.properties" \
    || echo "Earshot's $learner training failed (see the log above)" > "$FIG/training-$learner.failed"
done
if python3 -c 'import sklearn, threadpoolctl' 2>/dev/null; then
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 taskset -c 0 python3 bench/training_peer.py "$WORK/frames" "$FIG" "$RUNS" \
    || echo "scikit-learn peer failed (see the log above)" > "$FIG/training-peer.failed"
else
  echo "scikit-learn peer: python3 has no scikit-learn (pip install scikit-learn)" > "$FIG/training-peer.failed"
fi
figures "$FIG/run.properties" "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)" "commit=$COMMIT" \
  "cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" "cores=$(nproc)" \
  "java=$(java -version 2>&1 | head -1)" "heap=$HEAP" "minutes=$MINUTES" "source=$SOURCE" \
  "load_before=$load_before" "load_after=$(cat /proc/loadavg)"
jstep 0,1 dev.earshot.engine.artifacts.training.TrainingReport "$FIG" "$RESULTS"
echo "wrote $RESULTS/training.md and $RESULTS/training.json" >&2
