# Shared by the bench scripts (sourced, not run): the build, engine benchmark steps in JVMs of their own, the
# packaged server, fixtures made from the committed speech files, and figures as key=value files.
# Settings (environment): BUILD_DIR (target: the Maven build folder name), HEAP (256m: -Xmx of every JVM),
# M2_REPO (~/.m2/repository: holds the Vosk model aar).

BUILD_DIR=${BUILD_DIR:-target}
HEAP=${HEAP:-256m}
JAR=${JAR:-server/$BUILD_DIR/earshot.jar}
AAR=${M2_REPO:-$HOME/.m2/repository}/com/alphacephei/vosk-model-en/0.3.45/vosk-model-en-0.3.45.aar
COMMIT=${COMMIT:-$(git describe --always --dirty 2>/dev/null || echo unknown)}
BENCH_KEY=bench-key-0123456789abcdef

# engine_classpath FILE: compiles the engine and its tests, writes their classpath to FILE and sets CP
engine_classpath() {
  ./mvnw -B -ntp -q -Dbuild.dir.name="$BUILD_DIR" -pl engine -am test-compile
  ./mvnw -B -ntp -q -Dbuild.dir.name="$BUILD_DIR" -pl engine dependency:build-classpath \
      -Dmdep.outputFile="$PWD/$1"
  [ -f "$AAR" ] || { echo "Vosk model not found at $AAR (set M2_REPO)" >&2; return 1; }
  CP=engine/$BUILD_DIR/classes:engine/$BUILD_DIR/test-classes:$(cat "$1")
}

# jstep CPUS CLASS ARGS...: one benchmark step (a main class of the engine's tests) in a new JVM on the given
# cores, with -Xmx$HEAP; MODELS names the folder for the extracted speech models
jstep() {
  local cpus=$1
  shift
  echo "== $* (cores $cpus)" >&2
  taskset -c "$cpus" java -Xmx"$HEAP" -cp "$CP" -Dearshot.vosk.model-archive="$AAR" \
      -Dearshot.bench.model-cache="$MODELS" -Dearshot.bench.heap="$HEAP" -Dearshot.bench.commit="$COMMIT" "$@"
}

# resample_steps FIGURES MINUTES RUNS INPUTS: the ResampleBenchmark steps on core 0 for every candidate in
# RESAMPLE_CANDIDATES: quality, then speed on MINUTES of each input of INPUTS (RATE:CHANNELS ...), RUNS times
RESAMPLE_CANDIDATES=${RESAMPLE_CANDIDATES:-swr swr_defaults soxr}
resample_steps() {
  local out=$1 minutes=$2 runs=$3 inputs=$4 candidate input rate channels
  for candidate in $RESAMPLE_CANDIDATES; do
    jstep 0 dev.earshot.engine.speech.ResampleBenchmark quality "$candidate" "$out/resample-quality-$candidate.properties"
  done
  for input in $inputs; do
    rate=${input%:*}
    channels=${input#*:}
    for candidate in $RESAMPLE_CANDIDATES; do
      jstep 0 dev.earshot.engine.speech.ResampleBenchmark speed "$candidate" "$rate" "$channels" "$minutes" "$runs" \
        "$out/resample-speed-$rate-$channels-$candidate.properties"
    done
  done
}

# figures FILE KEY=VALUE...: writes the figures and the current load average to FILE
figures() {
  local file=$1
  shift
  printf '%s\n' "$@" "load_average=$(cat /proc/loadavg)" > "$file"
}

# load1: the 1-minute load average
load1() {
  cut -d' ' -f1 /proc/loadavg
}

# hwm_mb PID / rss_mb PID: peak and current resident memory of a process, in MB
hwm_mb() {
  awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"
}
rss_mb() {
  awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"
}

# server_start HOME PORT CPUS [NAME=VALUE...]: starts the packaged server on the given cores with a fresh
# EARSHOT_HOME, -Xmx$HEAP (or SERVER_HEAP), the bench API key and a model cache kept between runs
# (bench/work/server-models, so that no start extracts the speech models again), extra environment as given;
# sets SERVER_PID and waits until it is healthy
server_start() {
  local home=$1 port=$2 cpus=$3
  shift 3
  [ -f "$JAR" ] || { echo "server jar not found at $JAR (./mvnw -B -ntp -DskipTests package)" >&2; return 1; }
  mkdir -p "$home"
  env EARSHOT_HOME="$home" EARSHOT_BOOTSTRAP_API_KEY=$BENCH_KEY EARSHOT_BOOTSTRAP_PROJECT=bench \
    EARSHOT_MODEL_CACHE="$PWD/bench/work/server-models" "$@" \
    taskset -c "$cpus" java -Xmx"${SERVER_HEAP:-$HEAP}" -jar "$JAR" --server.port="$port" > "$home/server.log" 2>&1 &
  SERVER_PID=$!
  SERVER_PORT=$port
  for _ in $(seq 1 240); do
    curl -fs "http://localhost:$port/actuator/health" > /dev/null && return 0
    kill -0 "$SERVER_PID" 2> /dev/null || { echo "server stopped; see $home/server.log" >&2; return 1; }
    sleep 0.5
  done
  echo "server not healthy after 120 s; see $home/server.log" >&2
  return 1
}

# server_stop: stops the server server_start started
server_stop() {
  [ -n "${SERVER_PID:-}" ] || return 0
  kill "$SERVER_PID" 2> /dev/null || true
  wait "$SERVER_PID" 2> /dev/null || true
  SERVER_PID=
}

# ingest FILE PIPELINE: posts FILE to the ingestion door of the running server and prints the job id
ingest() {
  curl -fsS -X POST "http://localhost:$SERVER_PORT/v1/audio/ingest" -H "Authorization: Bearer $BENCH_KEY" \
    -F "file=@$1" -F "pipeline=$2" | jq -r .job_id
}

# job_wait ID: polls the job every 0.2 s until it is completed (prints its final body) or failed (returns 1)
job_wait() {
  local body status
  while :; do
    body=$(curl -fsS "http://localhost:$SERVER_PORT/v1/jobs/$1" -H "X-Api-Key: $BENCH_KEY")
    status=$(jq -r .status <<< "$body")
    case $status in
      completed) echo "$body"; return 0 ;;
      failed) echo "$body" >&2; return 1 ;;
    esac
    sleep 0.2
  done
}

# speech_fixture SECONDS OUT.wav: the committed speech and diarization fixtures (16 kHz mono, 0.5 s apart)
# repeated into at least SECONDS of speech, cut to SECONDS
speech_fixture() {
  local seconds=$1 out=$2 dir
  dir=$(mktemp -d)
  local parts=()
  for f in engine/src/test/resources/diarization/*.wav engine/src/test/resources/speech/*.wav; do
    sox "$f" -r 16000 -c 1 -b 16 "$dir/part-${#parts[@]}.wav" pad 0 0.5
    parts+=("$dir/part-${#parts[@]}.wav")
  done
  sox "${parts[@]}" "$dir/block.wav"
  local block repeats
  block=$(soxi -D "$dir/block.wav")
  repeats=$(echo "$seconds / $block" | bc)
  sox "$dir/block.wav" "$out" repeat "$repeats" trim 0 "$seconds"
  rm -rf "$dir"
}
