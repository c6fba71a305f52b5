#!/bin/sh
# A worker reports a task's result (seed 001: POST /api/v1/tasks/{task}/results); needs a key with tasks:work.
# Usage: WORKER_KEY=... [BASE_URL=...] ./submit-task-results.sh TASK_ID
set -eu
: "${WORKER_KEY:?set WORKER_KEY to an Earshot key with the tasks:work scope}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
TASK_ID="${1:?give the task id printed by create-submission.sh}"
exec http --ignore-stdin --check-status POST "$BASE_URL/api/v1/tasks/$TASK_ID/results" \
  "Authorization:Bearer $WORKER_KEY" status=completed result_id:=9001 \
  result:='{"summary": "Revenue grew; questions on margins.", "chunks": [{"start": 0, "end": 17, "text": "Welcome to the Q3 call."}]}'
