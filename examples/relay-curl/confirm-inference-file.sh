#!/bin/sh
# Confirm an inference file (api-reference confirm-file-upload): POST .../files/confirm queues it.
# Relay's own example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them); INFERENCE_JOB_ID, FILE_ID.
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${INFERENCE_JOB_ID:?set INFERENCE_JOB_ID}"
: "${FILE_ID:?set FILE_ID to the file_id of the upload-url answer}"
curl --request POST \
  --url "$BASE_URL/api/v1/inference-jobs/$INFERENCE_JOB_ID/files/confirm" \
  --header 'Content-Type: application/json' \
  --header "X-API-Key: $RELAY_API_KEY" \
  --data '
{
  "file_id": "'"$FILE_ID"'"
}
'
