#!/usr/bin/env bash
# Built-in artifact detectors: Earshot's ArtifactFeatureExtractor and BuiltInArtifactModel (every frame of 500 ms
# every 250 ms scored by the eight detectors, 48 feature columns, events after Relay's rules) next to FFmpeg's
# per-frame statistics filters on the same input in the same run, each on core 0: MINUTES of generated 44.1 kHz stereo
# speech with every artifact type injected, read as raw 32-bit float by both. Writes bench/results/artifacts.md and
# artifacts.json. Needs a JDK 17+, taskset and, for the peer rows, ffmpeg on PATH; see bench/README.md.
# Settings (environment): MINUTES (10), RUNS (3), HEAP (256m), BUILD_DIR (target), WORK (bench/work/artifacts),
# RESULTS (bench/results).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
MINUTES=${MINUTES:-10}
RUNS=${RUNS:-3}
WORK=${WORK:-bench/work/artifacts}
RESULTS=${RESULTS:-bench/results}
MODELS=$WORK/models
FIG=$WORK/figures
INPUT=$WORK/input.f32
rm -rf "$FIG"
mkdir -p "$FIG"

# the FFmpeg filter chains measured, by name
declare -A CHAINS=(
  [ffmpeg_chain]="asetnsamples=n=11025:p=0,astats=metadata=1:reset=1,aspectralstats=win_size=1024,silencedetect=n=-50dB:d=0.5"
  [ffmpeg_astats]="asetnsamples=n=11025:p=0,astats=metadata=1:reset=1"
  [ffmpeg_aspectralstats]="asetnsamples=n=11025:p=0,aspectralstats=win_size=1024"
  [ffmpeg_silencedetect]="silencedetect=n=-50dB:d=0.5"
)

# timed OUT NAME FILTER: FFmpeg on core 0 over the input with FILTER, once unmeasured and RUNS times measured; the
# median wall and CPU seconds, the fastest run and the peak RSS (GNU time, when present) to OUT
timed() {
  local out=$1 name=$2 filter=$3 walls=() cpus=() rss= t
  local cmd=(taskset -c 0 ffmpeg -nostdin -hide_banner -loglevel error -f f32le -ar 44100 -ac 2 -i "$INPUT"
    -af "$filter" -f null -)
  "${cmd[@]}"
  for _ in $(seq "$RUNS"); do
    if [ -x /usr/bin/time ]; then
      t=$(/usr/bin/time -f '%e %U %S %M' "${cmd[@]}" 2>&1 | tail -1)
      rss=$(awk '{printf "%.1f", $4 / 1024}' <<< "$t")
    else
      t=$( { TIMEFORMAT='%R %U %S'; time "${cmd[@]}"; } 2>&1 | tail -1)
    fi
    walls+=("$(cut -d' ' -f1 <<< "$t")")
    cpus+=("$(awk '{print $2 + $3}' <<< "$t")")
  done
  local wall
  wall=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}')
  figures "$out" "tool=$name" "seconds=$wall" \
    "cpu_seconds=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}')" \
    "seconds_min=$(printf '%s\n' "${walls[@]}" | sort -g | head -1)" "runs=$RUNS" "peak_rss_mb=$rss" \
    "audio_seconds=$(seconds_of_input)" "filter=$filter" "version=$(ffmpeg -hide_banner -version | head -1)"
}

seconds_of_input() {
  echo "$(stat -c %s "$INPUT") / (44100 * 2 * 4)" | bc -l
}

engine_classpath "$WORK/classpath.txt"
load_before=$(cat /proc/loadavg)
jstep 0 dev.earshot.engine.bench.ArtifactBenchmark input "$MINUTES" "$INPUT"
jstep 0 dev.earshot.engine.bench.ArtifactBenchmark earshot "$INPUT" "$RUNS" "$FIG/artifacts-earshot.properties"
if command -v ffmpeg > /dev/null; then
  for name in ffmpeg_chain ffmpeg_astats ffmpeg_aspectralstats ffmpeg_silencedetect; do
    timed "$FIG/artifacts-$name.properties" "$name" "${CHAINS[$name]}"
  done
else
  echo "reason=ffmpeg is not on PATH (apt-get install -y ffmpeg)" > "$FIG/artifacts-ffmpeg.unavailable"
fi
figures "$FIG/run.properties" "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)" "commit=$COMMIT" \
  "cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" "cores=$(nproc)" \
  "java=$(java -version 2>&1 | head -1)" "heap=$HEAP" "minutes=$MINUTES" "runs=$RUNS" \
  "load_before=$load_before" "load_after=$(cat /proc/loadavg)"
jstep 0,1 dev.earshot.engine.bench.ArtifactReport "$FIG" "$RESULTS"
rm -f "$INPUT"
echo "wrote $RESULTS/artifacts.md and $RESULTS/artifacts.json" >&2
