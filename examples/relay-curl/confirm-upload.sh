#!/bin/sh
# Confirm an upload (curl SDK page): POST /api/v1/datasets/$DATASET_ID/audio/confirm; processing starts.
# Relay's own curl example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them); DATASET_ID and AUDIO_ID (the page's audio-uuid-here).
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${DATASET_ID:?set DATASET_ID}"
: "${AUDIO_ID:?set AUDIO_ID to the audio_id of the upload-url answer}"
curl -X POST "$BASE_URL/api/v1/datasets/$DATASET_ID/audio/confirm" \
  -H "X-API-Key: $RELAY_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "audio_id": "'"$AUDIO_ID"'"
  }'
