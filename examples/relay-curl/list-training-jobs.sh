#!/bin/sh
# List training jobs (training guide): GET /api/v1/training-jobs, a page of them, newest first.
# Relay's own example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them).
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
curl "$BASE_URL/api/v1/training-jobs?page=1&page_size=20" \
  -H "X-API-Key: $RELAY_API_KEY"
