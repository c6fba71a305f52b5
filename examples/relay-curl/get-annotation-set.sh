#!/bin/sh
# Get an annotation set with its annotations: GET .../annotation-sets/$ANNOTATION_SET_ID.
# Relay's own curl example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them); DATASET_ID, ANNOTATION_SET_ID.
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${DATASET_ID:?set DATASET_ID}"
: "${ANNOTATION_SET_ID:?set ANNOTATION_SET_ID}"
curl "$BASE_URL/api/v1/datasets/$DATASET_ID/annotation-sets/$ANNOTATION_SET_ID" \
  -H "X-API-Key: $RELAY_API_KEY"
