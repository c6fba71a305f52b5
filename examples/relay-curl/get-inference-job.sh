#!/bin/sh
# Get an inference job with its files (api-reference get-inference-job): GET /api/v1/inference-jobs/$INFERENCE_JOB_ID.
# Relay's own example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them); INFERENCE_JOB_ID.
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${INFERENCE_JOB_ID:?set INFERENCE_JOB_ID}"
curl --request GET \
  --url "$BASE_URL/api/v1/inference-jobs/$INFERENCE_JOB_ID" \
  --header "X-API-Key: $RELAY_API_KEY"
