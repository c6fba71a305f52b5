#!/bin/sh
# An external worker takes the oldest pending task under a lease (Earshot's POST /api/v1/tasks/claim, with
# EARSHOT_SUBMISSIONS_WORKERS=external). Prints the task, its audio_url and lease_expires_at; 204 when none waits.
# Usage: WORKER_KEY=... [BASE_URL=...] ./claim-task.sh
set -eu
: "${WORKER_KEY:?set WORKER_KEY to an Earshot key with the tasks:work scope}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
exec http --ignore-stdin --check-status POST "$BASE_URL/api/v1/tasks/claim" "Authorization:Bearer $WORKER_KEY"
