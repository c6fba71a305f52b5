#!/bin/sh
# Add one annotation (annotations guide): POST .../annotation-sets/$ANNOTATION_SET_ID/annotations.
# Relay's own curl example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them); DATASET_ID, ANNOTATION_SET_ID, AUDIO_ID.
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${DATASET_ID:?set DATASET_ID}"
: "${ANNOTATION_SET_ID:?set ANNOTATION_SET_ID}"
: "${AUDIO_ID:?set AUDIO_ID}"
curl -X POST "$BASE_URL/api/v1/datasets/$DATASET_ID/annotation-sets/$ANNOTATION_SET_ID/annotations" \
  -H "X-API-Key: $RELAY_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "audio_file_id": "'"$AUDIO_ID"'",
    "artifact_type": "glitch",
    "start_ms": 1200,
    "end_ms": 1450,
    "confidence": 1.0
  }'
