#!/usr/bin/env bash
# Every benchmark figure of Earshot in one run on this machine, each next to its peer on the same input in the
# same run: decoding (vs the FFmpeg command line), the signal-processing components (noise_reduce also vs FFmpeg's
# afftdn and sox's noisered, speed and SI-SDR), resampling to 16 kHz mono (speed and quality of each candidate
# converter), Silero VAD and transcription (vs raw Vosk), full-analysis
# end to end, peak RSS on 10 vs 120 minutes, job-status reads and a 500 MB upload over HTTP (vs a trivial JDK
# server). Builds what it needs, waits for a quiet machine, runs each measurement in a JVM or process of its own
# (every JVM with the same -Xmx) and writes bench/results/latest.md and bench/results/latest.json.
#   bench/run.sh            about 25 minutes on 2 quiet cores, plus the wait for quiet
#   QUICK=1 bench/run.sh    short inputs, no waiting: about 6 minutes, for development (the figures mean little)
# Settings (environment) and what each figure means: bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

QUICK=${QUICK:-0}
# q QUICK_VALUE FULL_VALUE: the setting's default in this mode
q() { if [ "$QUICK" = 1 ]; then echo "$1"; else echo "$2"; fi; }
RUNS=${RUNS:-$(q 1 3)}
DECODE_MINUTES=${DECODE_MINUTES:-$(q 0.5 5)}
COMPONENT_MINUTES=${COMPONENT_MINUTES:-$(q 0.5 10)}
RESAMPLE_MINUTES=${RESAMPLE_MINUTES:-$(q 1 10)}
RESAMPLE_INPUTS=${RESAMPLE_INPUTS:-44100:2 48000:2 8000:1 22050:1}
NOISE_MINUTES=${NOISE_MINUTES:-$(q 0.5 3)}
NOISE_SNR=${NOISE_SNR:-5}
SPEECH_MINUTES=${SPEECH_MINUTES:-$(q 1 10)}
ANALYSIS_MINUTES=${ANALYSIS_MINUTES:-$(q 1 3)}
ANALYSIS_RUNS=${ANALYSIS_RUNS:-$(q 1 3)}
MEMORY_MINUTES=${MEMORY_MINUTES:-$(q "1 3" "10 120")}
READ_SECONDS=${READ_SECONDS:-$(q 3 15)}
# unmeasured load first: a freshly started server answers its first thousands of requests in interpreted code
READ_WARMUP=${READ_WARMUP:-$(q 3 30)}
READ_CONNECTIONS=${READ_CONNECTIONS:-1 16}
UPLOAD_MB=${UPLOAD_MB:-$(q 50 500)}
UPLOAD_HEAP=${UPLOAD_HEAP:-256m}
QUIET_LOAD=${QUIET_LOAD:-1.0}
QUIET_WAIT=${QUIET_WAIT:-$(q 0 1800)}
SECTIONS=${SECTIONS:-decode components resample noise speech analysis memory http}
WORK=${WORK:-bench/work/run}
RESULTS=${RESULTS:-bench/results}
PORT=${PORT:-18100}
PEER_PORT=${PEER_PORT:-18101}
MODELS=bench/work/models
FIG=$WORK/figures
LOGS=$WORK/logs
ENGINE_BENCH=dev.earshot.engine.bench
SPEECH_BENCH=dev.earshot.engine.speech.SpeechBenchmark

rm -rf "$FIG" "$LOGS"
mkdir -p "$FIG" "$LOGS" "$MODELS" "$RESULTS"
PEER_PID=
trap 'server_stop; [ -z "$PEER_PID" ] || kill "$PEER_PID" 2> /dev/null || true' EXIT

say() {
  echo "[$(date +%H:%M:%S) load $(load1)] $*" >&2
}

seconds_of() {
  echo "$1 * 60" | bc
}

# median NUMBER...
median() {
  printf '%s\n' "$@" | sort -g |
    awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

# measure OUT RUNS COMMAND...: COMMAND once unmeasured, then RUNS times measured; writes to OUT the median wall
# seconds, the median CPU seconds (user + system of the command and its children) and the fastest wall seconds
measure() {
  local out=$1 runs=$2 t walls=() cpus=()
  shift 2
  "$@" > /dev/null 2>> "$LOGS/peers.log"
  for _ in $(seq "$runs"); do
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" > /dev/null 2>> "$LOGS/peers.log"; } 2>&1 )
    walls+=("$(cut -d' ' -f1 <<< "$t")")
    cpus+=("$(awk '{print $2 + $3}' <<< "$t")")
  done
  figures "$out" "seconds=$(median "${walls[@]}")" "cpu_seconds=$(median "${cpus[@]}")" \
    "seconds_min=$(printf '%s\n' "${walls[@]}" | sort -g | head -1)" "runs=$runs" "command=$*"
}

# ensure_ffmpeg: the FFmpeg command line, installed with apt-get when missing and possible; FFMPEG_STATUS
# says what happened
ensure_ffmpeg() {
  if command -v ffmpeg > /dev/null; then
    FFMPEG_STATUS="present: $(ffmpeg -hide_banner -version | head -1)"
  elif command -v apt-get > /dev/null && [ "$(id -u)" = 0 ]; then
    say "installing ffmpeg with apt-get"
    if { apt-get install -y -qq ffmpeg || { apt-get update -qq && apt-get install -y -qq ffmpeg; }; } \
        >> "$LOGS/apt.log" 2>&1; then
      FFMPEG_STATUS="installed by this run (apt-get install -y ffmpeg): $(ffmpeg -hide_banner -version | head -1)"
    else
      FFMPEG_STATUS="not available: apt-get install -y ffmpeg failed (see $LOGS/apt.log)"
    fi
  else
    FFMPEG_STATUS="not available: ffmpeg is not installed and apt-get cannot install it here (not root or no apt)"
  fi
  say "FFmpeg: $FFMPEG_STATUS"
}

has_ffmpeg() {
  command -v ffmpeg > /dev/null
}

has_noisered() {
  sox --help 2>&1 | grep -qw noisered
}

# ffmpeg_cli ARGS...: the FFmpeg command line on core 0, quiet, overwriting its output
ffmpeg_cli() {
  taskset -c 0 ffmpeg -nostdin -hide_banner -loglevel error -y "$@"
}

# tone_source SECONDS OUT.wav: 44.1 kHz stereo 16-bit swept tones with tremolo and pink noise
tone_source() {
  sox -n -r 44100 -c 2 -b 16 "$2" synth "$1" sine 220-660 sine 330-990 tremolo 4 80 synth pinknoise mix gain -6
}

section_decode() {
  local dir=$WORK/decode
  mkdir -p "$dir"
  tone_source "$(seconds_of "$DECODE_MINUTES")" "$dir/input.wav"
  lame --quiet -b 128 "$dir/input.wav" "$dir/input.mp3"
  sox "$dir/input.wav" "$dir/input.flac"
  sox "$dir/input.wav" -C 5 "$dir/input.ogg"
  jstep 0,1 "$ENGINE_BENCH.DecodeBenchmark" encode "$dir/input.wav" m4a "$dir/input.m4a"
  jstep 0,1 "$ENGINE_BENCH.DecodeBenchmark" encode "$dir/input.wav" ogg "$dir/input.opus"
  for format in mp3 m4a ogg opus flac wav; do
    local file=$dir/input.$format
    jstep 0 "$ENGINE_BENCH.DecodeBenchmark" decode "$file" "$RUNS" "$FIG/decode-earshot-$format.properties"
    if has_ffmpeg; then
      measure "$FIG/decode-ffmpeg-$format.properties" "$RUNS" \
        ffmpeg_cli -i "$file" -ac 1 -ar 16000 -f s16le "$dir/ffmpeg.s16"
      echo "audio_seconds=$(echo "$(stat -c %s "$dir/ffmpeg.s16") / 32000" | bc -l)" \
        >> "$FIG/decode-ffmpeg-$format.properties"
      echo "input_bytes=$(stat -c %s "$file")" >> "$FIG/decode-ffmpeg-$format.properties"
    fi
  done
  rm -f "$dir"/*.s16
}

section_components() {
  local dir=$WORK/components
  mkdir -p "$dir"
  tone_source "$(seconds_of "$COMPONENT_MINUTES")" "$dir/input.wav"
  for id in $(jstep 0 "$ENGINE_BENCH.ComponentBenchmark" ids); do
    jstep 0 "$ENGINE_BENCH.ComponentBenchmark" run "$id" "$dir/input.wav" "$RUNS" "$FIG/component-$id.properties"
  done
}

section_resample() {
  resample_steps "$FIG" "$RESAMPLE_MINUTES" "$RUNS" "$RESAMPLE_INPUTS"
}

# sox_denoise NOISY PROFILE OUT AMOUNT: sox noisered with the noise profile of NOISY's first second, on core 0
sox_denoise() {
  taskset -c 0 sh -c 'sox -t f32 -r 16000 -c 1 "$1" -n trim 0 1 noiseprof "$2" &&
    sox -t f32 -r 16000 -c 1 "$1" -t f32 -r 16000 -c 1 "$3" noisered "$2" "$4"' sh "$@"
}

section_noise() {
  local dir=$WORK/noise raw=(-f f32le -ar 16000 -ac 1)
  mkdir -p "$dir"
  jstep 0,1 "$SPEECH_BENCH" input "$NOISE_MINUTES" "$dir/speech.f32"
  jstep 0 "$ENGINE_BENCH.NoiseBenchmark" mix "$dir/speech.f32" 1 "$NOISE_SNR" "$dir"
  jstep 0 "$ENGINE_BENCH.NoiseBenchmark" earshot "$dir/noisy.f32" "$RUNS" "$dir/earshot.f32" \
    "$FIG/noise-earshot.properties"
  local scored=("earshot=$dir/earshot.f32")
  if has_ffmpeg; then
    # the lead-in's noise level for afftdn's noise floor (nf, -80 to -20 dB), its noise profile sampled (sn)
    local floor sample="asendcmd=c='0.0 afftdn sn start; 1.0 afftdn sn stop'"
    floor=$(sox -t f32 -r 16000 -c 1 "$dir/noisy.f32" -n trim 0 1 stats 2>&1 |
      awk '/RMS lev dB/ {v = $4 < -80 ? -80 : $4 > -20 ? -20 : $4; printf "%.1f", v}')
    local -A filters=([afftdn]=afftdn [afftdn_leadin]="$sample,afftdn=nf=$floor"
      [afftdn_leadin_nr30]="$sample,afftdn=nf=$floor:nr=30")
    for name in afftdn afftdn_leadin afftdn_leadin_nr30; do
      measure "$FIG/noise-$name.properties" "$RUNS" \
        ffmpeg_cli "${raw[@]}" -i "$dir/noisy.f32" -af "${filters[$name]}" "${raw[@]}" "$dir/$name.f32"
      echo "settings=-af ${filters[$name]}" >> "$FIG/noise-$name.properties"
      scored+=("$name=$dir/$name.f32")
    done
  fi
  if has_noisered; then
    for amount in 0.5 0.15; do
      local name=sox_${amount/./}
      measure "$FIG/noise-$name.properties" "$RUNS" \
        sox_denoise "$dir/noisy.f32" "$dir/noise.prof" "$dir/$name.f32" "$amount"
      echo "settings=noiseprof of the first second, noisered amount $amount" >> "$FIG/noise-$name.properties"
      scored+=("$name=$dir/$name.f32")
    done
  fi
  jstep 0 "$ENGINE_BENCH.NoiseBenchmark" score "$dir/clean.f32" "$dir/noisy.f32" "$FIG/noise-score.properties" \
    "${scored[@]}"
  echo "snr_db=$NOISE_SNR" >> "$FIG/noise-score.properties"
  rm -f "$dir"/*.f32
}

section_speech() {
  local dir=$WORK/speech input=$WORK/speech/speech.f32
  mkdir -p "$dir"
  jstep 0,1 "$SPEECH_BENCH" input "$SPEECH_MINUTES" "$input"
  jstep 0 "$SPEECH_BENCH" vad "$input" "$FIG/vad.properties"
  jstep 0 "$SPEECH_BENCH" raw "$input" "$FIG/raw.properties"
  jstep 0 "$SPEECH_BENCH" transcribe "$input" 1 "$FIG/transcribe-1.properties"
  jstep 0,1 "$SPEECH_BENCH" transcribe "$input" 2 "$FIG/transcribe-2.properties"
  rm -f "$input"
}

# timed_job FILE PIPELINE: ingests FILE and waits for the job; prints the seconds from the upload to completed
timed_job() {
  local started id
  started=$(date +%s.%N)
  id=$(ingest "$1" "$2")
  job_wait "$id" > "$WORK/analysis/$2.json"
  printf '%.2f\n' "$(echo "$(date +%s.%N) - $started" | bc)"
}

section_analysis() {
  local dir=$WORK/analysis transcription=() full=()
  mkdir -p "$dir"
  speech_fixture "$(seconds_of "$ANALYSIS_MINUTES")" "$dir/call.wav"
  server_start "$dir/home" "$PORT" 0,1
  say "warm-up: both pipelines on a 24 s fixture (loads every model), then on the measured file"
  for pipeline in transcription full-analysis; do
    timed_job engine/src/test/resources/diarization/two-speakers.wav "$pipeline" > /dev/null
    timed_job "$dir/call.wav" "$pipeline" > /dev/null
  done
  for _ in $(seq "$ANALYSIS_RUNS"); do
    transcription+=("$(timed_job "$dir/call.wav" transcription)")
    full+=("$(timed_job "$dir/call.wav" full-analysis)")
  done
  figures "$FIG/analysis.properties" "audio_seconds=$(soxi -D "$dir/call.wav")" "runs=$ANALYSIS_RUNS" \
    "transcription_seconds=$(median "${transcription[@]}")" "transcription_seconds_all=${transcription[*]}" \
    "full_analysis_seconds=$(median "${full[@]}")" "full_analysis_seconds_all=${full[*]}" \
    "peak_rss_mb=$(hwm_mb "$SERVER_PID")" \
    "parts=$(jq -r '.results | to_entries | map("\(.key): \(.value.status)") | join(", ")' "$dir/full-analysis.json")" \
    "transcription_words=$(jq -r '.results.transcript.word_count' "$dir/transcription.json")" \
    "full_analysis_words=$(jq -r '.results.transcript.word_count' "$dir/full-analysis.json")"
  server_stop
  rm -rf "$dir/home"
}

section_memory() {
  INPUT=speech MINUTES="$MEMORY_MINUTES" FIGURES=$FIG WORK=bench/work/memory PORT=$PORT bench/pipeline-memory.sh
}

# peer_start BODY: the trivial JDK HTTP server on core 0 with -Xmx$HEAP (or PEER_HEAP)
peer_start() {
  mkdir -p "$WORK/http/sink"
  taskset -c 0 java -Xmx"${PEER_HEAP:-$HEAP}" -Dsun.net.httpserver.nodelay=true bench/java/HttpPeer.java \
    "$PEER_PORT" "$1" "$WORK/http/sink" > "$LOGS/peer.log" 2>&1 &
  PEER_PID=$!
  for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$PEER_PORT/" > /dev/null && return 0
    sleep 0.5
  done
  return 1
}

peer_stop() {
  kill "$PEER_PID" 2> /dev/null || true
  wait "$PEER_PID" 2> /dev/null || true
  PEER_PID=
}

# reads NAME URL [HEADER]: the load generator on core 1 against URL for each number of connections
reads() {
  local name=$1 url=$2
  shift 2
  for connections in $READ_CONNECTIONS; do
    taskset -c 1 java -Xmx"$HEAP" bench/java/HttpLoad.java "$url" "$connections" "$READ_WARMUP" "$READ_SECONDS" \
      "$FIG/http-reads-$name-$connections.properties" "$@" > /dev/null
    echo "load_average=$(cat /proc/loadavg)" >> "$FIG/http-reads-$name-$connections.properties"
  done
}

# upload NAME URL PID: curl on core 1 posts the big file to URL (the ingestion door's form) once; MB/s and the
# receiver's memory
upload() {
  local name=$1 url=$2 pid=$3 before hwm_before result
  sync
  before=$(rss_mb "$pid")
  hwm_before=$(hwm_mb "$pid")
  result=$(taskset -c 1 curl -s -o "$WORK/http/upload-$name.json" -w '%{http_code} %{time_total} %{size_upload}' \
    -X POST "$url" -H "Authorization: Bearer $BENCH_KEY" -F "file=@$WORK/http/upload.wav" -F pipeline=transcription)
  figures "$FIG/upload-$name.properties" "status=${result%% *}" "seconds=$(cut -d' ' -f2 <<< "$result")" \
    "request_bytes=$(cut -d' ' -f3 <<< "$result")" "file_bytes=$(stat -c %s "$WORK/http/upload.wav")" \
    "rss_before_mb=$before" "peak_rss_before_mb=$hwm_before" "peak_rss_mb=$(hwm_mb "$pid")" \
    "heap=$UPLOAD_HEAP"
}

section_http() {
  local dir=$WORK/http id
  mkdir -p "$dir"
  server_start "$dir/home" "$PORT" 0
  id=$(ingest engine/src/test/resources/speech/us-male-160-16k.wav transcription)
  job_wait "$id" > /dev/null
  curl -fsS "http://localhost:$PORT/v1/jobs/$id" -H "X-Api-Key: $BENCH_KEY" -o "$dir/job.json"
  say "job-status reads against Earshot"
  reads earshot "http://127.0.0.1:$PORT/v1/jobs/$id" "X-Api-Key: $BENCH_KEY"
  server_stop
  peer_start "$dir/job.json"
  say "job-status reads against the trivial JDK server"
  reads peer "http://127.0.0.1:$PEER_PORT/v1/jobs/$id"
  peer_stop

  local bytes=$((UPLOAD_MB * 1000000))
  sox -n -r 48000 -c 2 -b 16 "$dir/upload.wav" synth "$(((bytes - 44) / 4))s" pinknoise gain -10
  say "upload of $UPLOAD_MB MB to Earshot with -Xmx$UPLOAD_HEAP"
  rm -rf "$dir/home"
  SERVER_HEAP=$UPLOAD_HEAP server_start "$dir/home" "$PORT" 0
  upload earshot "http://127.0.0.1:$PORT/v1/audio/ingest" "$SERVER_PID"
  server_stop
  say "upload of $UPLOAD_MB MB to the trivial JDK server with -Xmx$UPLOAD_HEAP"
  PEER_HEAP=$UPLOAD_HEAP peer_start "$dir/job.json"
  upload peer "http://127.0.0.1:$PEER_PORT/upload" "$PEER_PID"
  peer_stop
  rm -rf "$dir/home" "$dir/upload.wav" "$dir/sink"
}

started=$(date +%s)
load_start=$(cat /proc/loadavg)
say "building (./mvnw -Dbuild.dir.name=$BUILD_DIR -DskipTests package, engine test classes)"
./mvnw -B -ntp -q -Dbuild.dir.name="$BUILD_DIR" -DskipTests package > "$LOGS/build.log" 2>&1 ||
  { cat "$LOGS/build.log" >&2; exit 1; }
engine_classpath "$WORK/classpath.txt"
ensure_ffmpeg

waited=0
while [ "$(echo "$(load1) >= $QUIET_LOAD" | bc)" = 1 ] && [ "$waited" -lt "$QUIET_WAIT" ]; do
  [ $((waited % 300)) = 0 ] && say "waiting for the 1-minute load average to drop below $QUIET_LOAD"
  sleep 15
  waited=$((waited + 15))
done
load_before=$(cat /proc/loadavg)
quiet=$(echo "$(load1) < $QUIET_LOAD" | bc)
say "measuring (load before: $load_before; waited $waited s)"
measured=$(date +%s)

failed=()
for section in $SECTIONS; do
  say "section $section (log: $LOGS/$section.log)"
  section_started=$(date +%s)
  set +e
  ( set -e; "section_$section" ) > "$LOGS/$section.log" 2>&1
  rc=$?
  set -e
  server_stop
  [ -z "$PEER_PID" ] || peer_stop
  if [ "$rc" != 0 ]; then
    failed+=("$section")
    echo "reason=exit status $rc; last lines of $LOGS/$section.log: $(tail -3 "$LOGS/$section.log" | tr '\n' ' ')" \
      > "$FIG/$section.failed"
    say "section $section FAILED (exit status $rc), see $LOGS/$section.log"
  fi
  echo "seconds=$(($(date +%s) - section_started))" > "$FIG/section-$section.properties"
done

figures "$FIG/run.properties" "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)" "commit=$COMMIT" \
  "cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" "cores=$(nproc)" \
  "java=$(java -version 2>&1 | head -1)" "heap=$HEAP" "upload_heap=$UPLOAD_HEAP" "quick=$QUICK" "runs=$RUNS" \
  "load_at_start=$load_start" "load_before=$load_before" "load_after=$(cat /proc/loadavg)" \
  "quiet_load=$QUIET_LOAD" "quiet_reached=$quiet" "quiet_waited_seconds=$waited" "quiet_wait_limit=$QUIET_WAIT" \
  "measure_seconds=$(($(date +%s) - measured))" "total_seconds=$(($(date +%s) - started))" \
  "ffmpeg=$FFMPEG_STATUS" "sox=$(sox --version 2>&1 | head -1 | sed 's/^sox: *//')" \
  "sox_noisered=$(has_noisered && echo yes || echo no)" "sections=$SECTIONS" "failed=${failed[*]}" \
  "decode_minutes=$DECODE_MINUTES" "component_minutes=$COMPONENT_MINUTES" "resample_minutes=$RESAMPLE_MINUTES" \
  "resample_inputs=$RESAMPLE_INPUTS" "noise_minutes=$NOISE_MINUTES" \
  "speech_minutes=$SPEECH_MINUTES" "analysis_minutes=$ANALYSIS_MINUTES" "memory_minutes=$MEMORY_MINUTES" \
  "read_seconds=$READ_SECONDS" "read_warmup=$READ_WARMUP" "read_connections=$READ_CONNECTIONS" "upload_mb=$UPLOAD_MB"
jstep 0,1 "$ENGINE_BENCH.BenchReport" "$FIG" "$RESULTS"
say "wrote $RESULTS/latest.md and $RESULTS/latest.json in $(($(date +%s) - started)) s"
