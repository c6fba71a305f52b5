#!/usr/bin/env bash
# Twenty concurrent ingests (seed 000) of a 5-minute speech file against the packaged server: every job must
# complete, none lost, and the queue positions seen right after submission must be 0..N-1 in submission order
# for the queued ones. Needs sox, curl, python3 and a built jar (./mvnw -B -ntp -DskipTests package; BUILD_DIR
# names the build folder if not target; the server gets -Xmx$SERVER_HEAP, 1g). Usage:
#   bench/ingest-concurrency.sh [count] [minutes]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
COUNT=${1:-20}
MINUTES=${2:-5}
PORT=${PORT:-18090}
KEY=$BENCH_KEY
SERVER_HEAP=${SERVER_HEAP:-1g}
WORK=$(mktemp -d)
trap 'server_stop; rm -rf "$WORK"' EXIT

fixture=engine/src/test/resources/speech/us-male-160-16k.wav
sox "$fixture" "$WORK/pad.wav" pad 0 1
repeats=$(( MINUTES * 60 / 9 ))
sox "$WORK/pad.wav" "$WORK/call.wav" repeat "$repeats"
echo "input: $(soxi -D "$WORK/call.wav") s"

server_start "$WORK/home" "$PORT" 0,1
PID=$SERVER_PID

started=$(date +%s)
for i in $(seq 1 "$COUNT"); do
  curl -s -X POST "http://localhost:$PORT/v1/audio/ingest" -H "Authorization: Bearer $KEY" \
    -F "file=@$WORK/call.wav" -F pipeline=transcription -o "$WORK/accepted-$i.json" -w "%{http_code}\n" \
    > "$WORK/status-$i" &
done
wait $(jobs -p | grep -v "^$PID$") 2>/dev/null || true
echo "submission statuses: $(cat "$WORK"/status-* | sort | uniq -c | tr '\n' ' ')"
[ "$(grep -l '^202$' "$WORK"/status-* | wc -l)" -eq "$COUNT" ] || { echo "some submissions were not accepted"; exit 1; }
ids=$(for f in "$WORK"/accepted-*.json; do python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["job_id"])' "$f"; done)
echo "submitted $COUNT jobs in $(( $(date +%s) - started )) s"
echo "queue right after submission (status, queue_position), by submission order:"
for id in $ids; do
  curl -s "http://localhost:$PORT/v1/jobs/$id" -H "X-Api-Key: $KEY" |
    python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["created_at"], j["job_id"], j["status"], j.get("queue_position"))'
done | sort
while :; do
  done_count=0; failed=0
  for id in $ids; do
    s=$(curl -s "http://localhost:$PORT/v1/jobs/$id" -H "X-Api-Key: $KEY" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
    [ "$s" = completed ] && done_count=$((done_count + 1))
    [ "$s" = failed ] && failed=$((failed + 1))
  done
  [ $((done_count + failed)) -eq "$COUNT" ] && break
  sleep 5
done
echo "completed $done_count, failed $failed of $COUNT in $(( $(date +%s) - started )) s"
