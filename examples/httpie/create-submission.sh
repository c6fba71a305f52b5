#!/bin/sh
# Ask for services on an uploaded audio (seed 001: POST /api/v1/submissions). Prints the submission and its task.
# Usage: API_KEY=... [BASE_URL=...] ./create-submission.sh AUDIO_ID ['["Transcribe", "Translate"]']
set -eu
: "${API_KEY:?set API_KEY to an Earshot key with audio:write}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
AUDIO_ID="${1:?give the id printed by upload-audio.sh}"
SERVICES="${2:-[\"Transcribe\", \"Translate\"]}"
exec http --ignore-stdin --check-status POST "$BASE_URL/api/v1/submissions" \
  "Authorization:Bearer $API_KEY" \
  audio_name="Q3 earnings call" audio_id:="$AUDIO_ID" services:="$SERVICES" \
  audio_language=English context="Call with investor Q&A"
