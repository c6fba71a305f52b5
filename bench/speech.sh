#!/usr/bin/env bash
# Speech figures measured in one run on one generated input, each in a JVM of its own: Silero VAD speed,
# transcription real-time factor (1 worker on 1 core, 2 workers on 2 cores) next to raw Vosk with one
# recognizer, WER on the committed fixtures, and memory for MINUTES vs LONG_MINUTES of speech with the same
# heap limit. Writes bench/results/speech.md and bench/results/speech.json. Needs a JDK 17+ and taskset;
# see bench/README.md. Settings (environment): MINUTES (10), LONG_MINUTES (60), HEAP (256m),
# BUILD_DIR (target: the Maven build folder name), WORK (bench/work/speech), RESULTS (bench/results).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
MINUTES=${MINUTES:-10}
LONG_MINUTES=${LONG_MINUTES:-60}
WORK=${WORK:-bench/work/speech}
RESULTS=${RESULTS:-bench/results}
MODELS=$WORK/models
mkdir -p "$WORK"
engine_classpath "$WORK/classpath.txt"

# step CPUS ARGS...: one SpeechBenchmark step in a new JVM on the given cores
step() {
  jstep "$1" dev.earshot.engine.speech.SpeechBenchmark "${@:2}"
}

SHORT=$WORK/speech-${MINUTES}min.f32
LONG=$WORK/speech-${LONG_MINUTES}min.f32
step 0,1 input "$MINUTES" "$SHORT"
step 0,1 input "$LONG_MINUTES" "$LONG"
step 0 vad "$SHORT" "$WORK/vad.properties"
step 0 raw "$SHORT" "$WORK/raw.properties"
step 0 transcribe "$SHORT" 1 "$WORK/transcribe-1.properties"
step 0,1 transcribe "$SHORT" 2 "$WORK/transcribe-2.properties"
step 0,1 transcribe "$LONG" 2 "$WORK/long.properties"
step 0,1 fixtures "$WORK/fixtures.properties"
step 0,1 report "$WORK" "$RESULTS"
rm -f "$SHORT" "$LONG"
echo "wrote $RESULTS/speech.md and $RESULTS/speech.json" >&2
