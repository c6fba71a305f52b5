#!/bin/sh
# Get a training job (training guide): GET /api/v1/training-jobs/$TRAINING_JOB_ID; status, progress, model_id.
# Relay's own example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them); TRAINING_JOB_ID.
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${TRAINING_JOB_ID:?set TRAINING_JOB_ID to the id of the create answer}"
curl "$BASE_URL/api/v1/training-jobs/$TRAINING_JOB_ID" \
  -H "X-API-Key: $RELAY_API_KEY"
