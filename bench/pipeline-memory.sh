#!/usr/bin/env bash
# Peak memory of the server for noise_reduce -> slice_audio on 10 vs 60 minutes of 44.1 kHz stereo audio,
# with the same fixed heap. Needs sox and lame (apt-get install sox lame) and a built jar
# (./mvnw -B -ntp -DskipTests package; BUILD_DIR names the build folder if not target). Prints one line per
# duration: minutes, seconds taken, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=server/${BUILD_DIR:-target}/earshot.jar
WORK=${WORK:-bench/work}
HEAP=${HEAP:-256m}
PORT=${PORT:-18080}
KEY=bench-key-0123456789abcdef
mkdir -p "$WORK"

fixture() {
  local minutes=$1 out="$WORK/speechlike-${1}min.mp3"
  if [ ! -f "$out" ]; then
    sox -n -r 44100 -c 2 -b 16 "$WORK/tmp.wav" synth "$((minutes * 60))" sine 220-660 sine 330-990 \
        tremolo 4 80 synth pinknoise mix gain -6
    lame --quiet -b 128 "$WORK/tmp.wav" "$out"
    rm -f "$WORK/tmp.wav"
  fi
  echo "$out"
}

measure() {
  local minutes=$1 file home
  file=$(fixture "$minutes")
  home=$(mktemp -d)
  EARSHOT_HOME="$home" EARSHOT_BOOTSTRAP_API_KEY=$KEY EARSHOT_BOOTSTRAP_PROJECT=bench \
    AUDIO_ENGINE_MAX_FILE_SIZE_BYTES=1000000000 AUDIO_ENGINE_REQUEST_TIMEOUT=3600 \
    java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" > "$home/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$PORT/actuator/health" > /dev/null && break
    sleep 0.5
  done
  local started=$(date +%s.%N)
  local status
  status=$(curl -s -o "$home/reply.json" -w '%{http_code}' -X POST "http://localhost:$PORT/v1/audio_engine/pipeline" \
    -H "X-API-Key: $KEY" \
    -F 'components=[{"component_id":"noise_reduce","params":{"noise_estimation_duration_sec":0.5}},{"component_id":"slice_audio","params":{"ranges":[[60,120],[300,360]]}}]' \
    -F user_email=bench@example.com -F project_name=bench -F "files=@$file")
  local ended=$(date +%s.%N)
  local hwm
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf 'minutes=%s status=%s seconds=%.1f peak_rss_mb=%.0f heap=%s\n' "$minutes" "$status" \
    "$(echo "$ended - $started" | bc)" "$(echo "$hwm / 1024" | bc -l)" "$HEAP"
  rm -rf "$home"
}

for minutes in ${MINUTES:-10 60}; do
  measure "$minutes"
done
