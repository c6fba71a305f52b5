#!/bin/sh
# Create an inference job (api-reference create-inference-job): POST /api/v1/inference-jobs.
# Relay's own example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them);
# MODEL_ID (a model_id, or 00000000-0000-4000-8000-0000000000b1 for the built-in detectors).
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${MODEL_ID:?set MODEL_ID}"
curl --request POST \
  --url "$BASE_URL/api/v1/inference-jobs" \
  --header 'Content-Type: application/json' \
  --header "X-API-Key: $RELAY_API_KEY" \
  --data '
{
  "model_id": "'"$MODEL_ID"'",
  "config": {
    "threshold": 0.5,
    "merge_window_ms": 200,
    "min_duration_ms": 50
  }
}
'
