#!/bin/sh
# Create a training job (training guide, its body as curl): POST /api/v1/training-jobs.
# Relay's own example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them);
# DATASET_ID, ANNOTATION_SET_ID (a published set).
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${DATASET_ID:?set DATASET_ID}"
: "${ANNOTATION_SET_ID:?set ANNOTATION_SET_ID to a published annotation set}"
curl -X POST "$BASE_URL/api/v1/training-jobs" \
  -H "X-API-Key: $RELAY_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "dataset_id": "'"$DATASET_ID"'",
    "annotation_set_id": "'"$ANNOTATION_SET_ID"'",
    "config": {
      "artifact_types": ["glitch", "long_pause"],
      "epochs": 20,
      "validation_split": 0.2,
      "learning_rate": 0.001,
      "batch_size": 32
    }
  }'
