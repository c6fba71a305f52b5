#!/bin/sh
# The same with audio_url instead of an upload: Earshot fetches the URL (https, public addresses only by default).
# Usage: API_KEY=... [BASE_URL=...] ./create-submission-from-url.sh https://example.com/call.mp3
set -eu
: "${API_KEY:?set API_KEY to an Earshot key with audio:write}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
AUDIO_URL="${1:?give the public URL of the audio}"
exec http --ignore-stdin --check-status POST "$BASE_URL/api/v1/submissions" \
  "Authorization:Bearer $API_KEY" \
  audio_name="Podcast episode" audio_url="$AUDIO_URL" services:='["Transcribe", "Summarize"]'
