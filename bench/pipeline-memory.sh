#!/usr/bin/env bash
# Peak memory of the server running one pipeline-door request (seed 004) on audio of each length in MINUTES,
# with the same fixed heap: memory that does not grow with the audio's length shows that the steps stream it.
# INPUT=tones (default): 44.1 kHz stereo MP3 of swept tones, tremolo and pink noise, through noise_reduce ->
# slice_audio. INPUT=speech: the committed speech and diarization fixtures repeated into a 16 kHz mono MP3 with a
# pink-noise floor, through noise_reduce -> transcribe (what bench/run.sh measures). COMPONENTS overrides the
# steps (the door's JSON). Needs sox, lame, curl, jq and a built jar (./mvnw -B -ntp -DskipTests package;
# BUILD_DIR names the build folder if not target). Prints one line per length: minutes, HTTP status, seconds the
# request took, the server's peak RSS; with FIGURES=<folder> also writes <folder>/memory-<minutes>.properties.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
WORK=${WORK:-bench/work}
PORT=${PORT:-18080}
INPUT=${INPUT:-tones}
case $INPUT in
  tones) DEFAULT_COMPONENTS='[{"component_id":"noise_reduce","params":{"noise_estimation_duration_sec":0.5}},{"component_id":"slice_audio","params":{"ranges":[[60,120],[300,360]]}}]' ;;
  speech) DEFAULT_COMPONENTS='[{"component_id":"noise_reduce"},{"component_id":"transcribe"}]' ;;
  *) echo "INPUT must be tones or speech" >&2; exit 2 ;;
esac
COMPONENTS=${COMPONENTS:-$DEFAULT_COMPONENTS}
mkdir -p "$WORK"
trap server_stop EXIT

fixture() {
  local minutes=$1 out
  if [ "$INPUT" = tones ]; then
    out="$WORK/speechlike-${minutes}min.mp3"
    [ -f "$out" ] && { echo "$out"; return; }
    sox -n -r 44100 -c 2 -b 16 "$WORK/tmp.wav" synth "$(echo "$minutes * 60" | bc)" sine 220-660 sine 330-990 \
        tremolo 4 80 synth pinknoise mix gain -6
    lame --quiet -b 128 "$WORK/tmp.wav" "$out"
  else
    out="$WORK/speech-${minutes}min.mp3"
    [ -f "$out" ] && { echo "$out"; return; }
    local seconds
    seconds=$(echo "$minutes * 60" | bc)
    speech_fixture "$seconds" "$WORK/speech.wav"
    sox -n -r 16000 -c 1 -b 16 "$WORK/floor.wav" synth "$seconds" pinknoise gain -40
    sox -m "$WORK/speech.wav" "$WORK/floor.wav" "$WORK/tmp.wav"
    lame --quiet -b 48 "$WORK/tmp.wav" "$out"
    rm -f "$WORK/speech.wav" "$WORK/floor.wav"
  fi
  rm -f "$WORK/tmp.wav"
  echo "$out"
}

measure() {
  local minutes=$1 file home
  file=$(fixture "$minutes")
  home=$(mktemp -d)
  server_start "$home" "$PORT" 0,1 AUDIO_ENGINE_MAX_FILE_SIZE_BYTES=1000000000 AUDIO_ENGINE_REQUEST_TIMEOUT=14400
  local before started ended status hwm
  before=$(rss_mb "$SERVER_PID")
  started=$(date +%s.%N)
  status=$(curl -s -o "$home/reply.json" -w '%{http_code}' -X POST "http://localhost:$PORT/v1/audio_engine/pipeline" \
    -H "X-API-Key: $BENCH_KEY" -F "components=$COMPONENTS" \
    -F user_email=bench@example.com -F project_name=bench -F "files=@$file")
  ended=$(date +%s.%N)
  hwm=$(hwm_mb "$SERVER_PID")
  server_stop
  local seconds words
  seconds=$(echo "$ended - $started" | bc)
  words=$(jq '[.. | objects | .word_count? // empty] | first // ""' "$home/reply.json" 2> /dev/null || echo "")
  printf 'minutes=%s status=%s seconds=%.1f peak_rss_mb=%.0f heap=%s\n' "$minutes" "$status" "$seconds" "$hwm" \
    "${SERVER_HEAP:-$HEAP}"
  if [ -n "${FIGURES:-}" ]; then
    figures "$FIGURES/memory-$minutes.properties" "minutes=$minutes" "audio_seconds=$(soxi -D "$file")" \
      "input=$INPUT" "file_bytes=$(stat -c %s "$file")" "components=$COMPONENTS" "status=$status" \
      "seconds=$seconds" "rss_before_mb=$before" "peak_rss_mb=$hwm" "heap=${SERVER_HEAP:-$HEAP}" "word_count=$words"
  fi
  [ "$status" = 200 ] || { echo "the request failed; see $home" >&2; return 1; }
  rm -rf "$home"
}

for minutes in ${MINUTES:-10 60}; do
  measure "$minutes"
done
