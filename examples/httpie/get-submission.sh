#!/bin/sh
# A submission with its tasks and their results (seed 001: GET /api/v1/submissions/{submission}).
# Usage: API_KEY=... [BASE_URL=...] ./get-submission.sh SUBMISSION_ID
set -eu
: "${API_KEY:?set API_KEY to an Earshot key with audio:read}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
SUBMISSION_ID="${1:?give the submission id printed by create-submission.sh}"
exec http --ignore-stdin --check-status GET "$BASE_URL/api/v1/submissions/$SUBMISSION_ID" \
  "Authorization:Bearer $API_KEY"
