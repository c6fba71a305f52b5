#!/bin/sh
# Delete a dataset (curl SDK page): DELETE /api/v1/datasets/$DATASET_ID (204, no body).
# Relay's own curl example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them); DATASET_ID.
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${DATASET_ID:?set DATASET_ID}"
curl -X DELETE "$BASE_URL/api/v1/datasets/$DATASET_ID" \
  -H "X-API-Key: $RELAY_API_KEY"
