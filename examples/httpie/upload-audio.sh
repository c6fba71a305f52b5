#!/bin/sh
# Upload an audio file (seed 001: POST /api/v1/audios). Prints {"data": {"id", "name", "url", "duration", "size"}}.
# Usage: API_KEY=... [BASE_URL=http://localhost:8080] ./upload-audio.sh sales-call.wav [name]
set -eu
: "${API_KEY:?set API_KEY to an Earshot key with audio:write}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
FILE="${1:?give the audio file to upload}"
NAME="${2:-$(basename "$FILE")}"
exec http --ignore-stdin --check-status --form POST "$BASE_URL/api/v1/audios" \
  "Authorization:Bearer $API_KEY" audio@"$FILE" name="$NAME"
