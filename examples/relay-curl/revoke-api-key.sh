#!/bin/sh
# Revoke an API key (authentication guide): DELETE /api/v1/auth/api-keys/$KEY_ID (204).
# Relay's own curl example with only the base URL and the key changed: BASE_URL (default http://localhost:8080) and
# RELAY_API_KEY (an Earshot key; audio:write to change things, audio:read to read them); KEY_ID.
set -eu
: "${RELAY_API_KEY:?set RELAY_API_KEY to an Earshot API key}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
: "${KEY_ID:?set KEY_ID to the id of the key to revoke}"
curl -X DELETE "$BASE_URL/api/v1/auth/api-keys/$KEY_ID" \
  -H "X-API-Key: $RELAY_API_KEY"
