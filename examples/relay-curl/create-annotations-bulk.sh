#!/bin/sh
# Add annotations in bulk (annotations guide): POST .../annotations/bulk, all or none.
# Relay's own curl example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them); DATASET_ID, ANNOTATION_SET_ID, AUDIO_ID.
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${DATASET_ID:?set DATASET_ID}"
: "${ANNOTATION_SET_ID:?set ANNOTATION_SET_ID}"
: "${AUDIO_ID:?set AUDIO_ID}"
curl -X POST "$BASE_URL/api/v1/datasets/$DATASET_ID/annotation-sets/$ANNOTATION_SET_ID/annotations/bulk" \
  -H "X-API-Key: $RELAY_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "annotations": [
      {"audio_file_id": "'"$AUDIO_ID"'", "artifact_type": "glitch", "start_ms": 300, "end_ms": 450},
      {"audio_file_id": "'"$AUDIO_ID"'", "artifact_type": "long_pause", "start_ms": 1500, "end_ms": 2300, "confidence": 0.9}
    ]
  }'
