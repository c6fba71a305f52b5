#!/bin/sh
# Cancel a training job: POST /api/v1/training-jobs/$TRAINING_JOB_ID/cancel (pending, queued or training).
# Relay's own example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them); TRAINING_JOB_ID.
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${TRAINING_JOB_ID:?set TRAINING_JOB_ID}"
curl -X POST "$BASE_URL/api/v1/training-jobs/$TRAINING_JOB_ID/cancel" \
  -H "X-API-Key: $RELAY_API_KEY"
