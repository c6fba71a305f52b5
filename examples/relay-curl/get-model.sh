#!/bin/sh
# Get a model with its validation metrics (training guide): GET /api/v1/models/$MODEL_ID.
# Relay's own example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them);
# MODEL_ID (a training job's model_id).
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${MODEL_ID:?set MODEL_ID to the model_id of a completed training job}"
curl "$BASE_URL/api/v1/models/$MODEL_ID" \
  -H "X-API-Key: $RELAY_API_KEY"
