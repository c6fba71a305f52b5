#!/bin/sh
# Get an upload URL for an inference file (api-reference get-file-upload-url): POST .../files/upload-url.
# Relay's own example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them);
# INFERENCE_JOB_ID, FILE_SIZE (bytes of test_audio.wav).
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${INFERENCE_JOB_ID:?set INFERENCE_JOB_ID}"
: "${FILE_SIZE:?set FILE_SIZE to the size in bytes of the file to upload}"
curl --request POST \
  --url "$BASE_URL/api/v1/inference-jobs/$INFERENCE_JOB_ID/files/upload-url" \
  --header 'Content-Type: application/json' \
  --header "X-API-Key: $RELAY_API_KEY" \
  --data '
{
  "filename": "test_audio.wav",
  "file_size_bytes": '"$FILE_SIZE"',
  "content_type": "audio/wav"
}
'
