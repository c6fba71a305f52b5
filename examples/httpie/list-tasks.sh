#!/bin/sh
# One's tasks, newest first, paginated as Laravel paginates (seed 001: GET /api/v1/tasks).
# Usage: API_KEY=... [BASE_URL=...] ./list-tasks.sh [status] [per_page]
set -eu
: "${API_KEY:?set API_KEY to an Earshot key with audio:read}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
if [ -n "${1:-}" ]; then
  exec http --ignore-stdin --check-status GET "$BASE_URL/api/v1/tasks" "Authorization:Bearer $API_KEY" \
    status=="$1" per_page=="${2:-15}"
fi
exec http --ignore-stdin --check-status GET "$BASE_URL/api/v1/tasks" "Authorization:Bearer $API_KEY" \
  per_page=="${2:-15}"
