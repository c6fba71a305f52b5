#!/usr/bin/env bash
# A studio training job's work on MINUTES of labelled audio, end to end through the engine: the frame features of
# every file (ArtifactFeatureExtractor) and DetectorTrainer's training and validation, on generated speech with
# artifacts injected at known times (LabelledAudioTrainingBenchmark), in one JVM on core 0. Writes
# bench/results/studio-training.md and studio-training.json. Needs a JDK 17+ and taskset; see bench/README.md.
# Settings (environment): MINUTES (30), RUNS (3), HEAP (256m), BUILD_DIR (target), WORK (bench/work/studio-training),
# RESULTS (bench/results).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
MINUTES=${MINUTES:-30}
RUNS=${RUNS:-3}
WORK=${WORK:-bench/work/studio-training}
RESULTS=${RESULTS:-bench/results}
MODELS=$WORK/models
mkdir -p "$WORK"
engine_classpath "$WORK/classpath.txt"
jstep 0 dev.earshot.engine.artifacts.training.LabelledAudioTrainingBenchmark "$MINUTES" "$RUNS" "$WORK/audio" \
  "$RESULTS"
echo "wrote $RESULTS/studio-training.md and $RESULTS/studio-training.json" >&2
