#!/usr/bin/env bash
# Regenerates the diarization fixtures in this folder. Needs espeak-ng 1.51 and sox 14.4 (Debian 12:
# apt-get install espeak-ng sox). Tests read only the committed outputs, never espeak.
#
# Each fixture is a conversation: every turn is one sentence spoken by one espeak-ng voice (variant, pitch
# and speed differ per speaker), resampled to 16 kHz mono 16-bit, trimmed of espeak's own leading and
# trailing silence and preceded by digital silence of a known length (some gaps are 0.05 s, shorter than
# the VAD's minimum silence, so the speaker change must be found inside one speech region). The reference
# RTTM (<fixture>.rttm) holds the exact sentence spans, computed from sample counts; a pause inside a
# sentence (a comma) counts as speech of its speaker, as in usual reference annotation.
#
# With "--long <folder> <minutes>" it writes instead a long conversation of four voices, random turns of
# random sentences from a small vocabulary (seeded, so the same every time), to <folder>/long.wav and
# <folder>/long.rttm, for DiarizationBenchmark; it is not committed.
set -euo pipefail
if [ "${1:-}" = "--long" ]; then
    long_folder=$(realpath "$2") long_minutes=$3
fi
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rate=16000

seconds() { awk -v n="$1" -v r="$rate" 'BEGIN { printf "%.3f", n / r }'; }

declare -A voices
# conversation <name> <tail s> then turns as: <speaker> <gap before, s> <sentence> ...
conversation() {
    local name=$1 tail=$2
    shift 2
    local parts=() at=0 i=0
    : > "$name.rttm"
    while [ $# -gt 0 ]; do
        local speaker=$1 gap=$2 sentence=$3
        shift 3
        # shellcheck disable=SC2086
        espeak-ng ${voices[$speaker]} -w "$work/raw$i.wav" "$sentence"
        sox -D "$work/raw$i.wav" -b 16 -c 1 "$work/speech$i.wav" rate -v "$rate" \
            silence 1 0.005 -45d reverse silence 1 0.005 -45d reverse
        sox -D -n -r "$rate" -b 16 -c 1 "$work/gap$i.wav" trim 0 "$gap"
        parts+=("$work/gap$i.wav" "$work/speech$i.wav")
        local gap_samples speech_samples
        gap_samples=$(soxi -s "$work/gap$i.wav")
        speech_samples=$(soxi -s "$work/speech$i.wav")
        local start=$((at + gap_samples))
        printf 'SPEAKER %s 1 %s %s <NA> <NA> %s <NA> <NA>\n' "$name" "$(seconds "$start")" \
            "$(seconds "$speech_samples")" "$speaker" >> "$name.rttm"
        at=$((start + speech_samples))
        i=$((i + 1))
    done
    sox -D -n -r "$rate" -b 16 -c 1 "$work/tail.wav" trim 0 "$tail"
    sox -D "${parts[@]}" "$work/tail.wav" -b 16 -c 1 "$name.wav"
}

if [ -z "${long_folder:-}" ]; then
voices=([agent]="-v en-us+m3 -p 40 -s 165" [caller]="-v en-gb+f2 -p 65 -s 150")
conversation two-speakers 0.4 \
    agent 0.4 "Good morning, thanks for calling the support line." \
    caller 0.5 "Hi, my internet has been down since last night." \
    agent 0.3 "I am sorry to hear that. Have you restarted the router?" \
    caller 0.05 "Yes, twice, and the light is still blinking red." \
    agent 0.6 "Okay, let me check the line from here." \
    agent 0.9 "I can see an outage in your area." \
    caller 0.4 "Do you know when it will be fixed?" \
    agent 0.05 "The engineers expect it back this afternoon."

voices=([lead]="-v en-us+m3 -p 40 -s 165" [designer]="-v en-gb+f2 -p 65 -s 150" [tester]="-v en+m7 -p 25 -s 175")
conversation three-speakers 0.4 \
    lead 0.3 "Let us start the meeting. Who wants to go first?" \
    designer 0.5 "I can. The new design is almost finished." \
    tester 0.4 "Good. Did the customer approve the colours?" \
    designer 0.05 "Not yet, they will answer on Friday." \
    lead 0.6 "Then we keep the launch date for now." \
    tester 0.3 "I still need two more days for testing." \
    lead 0.05 "That is fine, we have some time left." \
    designer 0.7 "Should I send the slides to everyone?"
fi

if [ -n "${long_folder:-}" ]; then
    cd "$long_folder"
    RANDOM=20260
    subjects=(the\ manager my\ sister our\ neighbour the\ driver a\ student the\ doctor his\ friend the\ teacher)
    verbs=(bought found painted carried opened cleaned moved sold watched fixed)
    objects=(a\ red\ bicycle the\ old\ kitchen table three\ green\ bottles the\ broken\ window a\ heavy\ box
        the\ garden\ fence two\ yellow\ chairs the\ small\ boat a\ wooden\ door the\ blue\ car)
    places=(near\ the\ station after\ lunch before\ the\ storm on\ Monday morning in\ the\ village
        behind\ the\ school during\ the\ holiday at\ the\ harbour)
    pick() { local -n list=$1; printf '%s' "${list[RANDOM % ${#list[@]}]}"; }
    voices=([ann]="-v en-gb+f2 -p 65 -s 150" [bob]="-v en-us+m3 -p 40 -s 165" [cem]="-v en+m7 -p 25 -s 175"
        [dee]="-v en-us+f4 -p 55 -s 170")
    names=(ann bob cem dee)
    turns=()
    seconds_left=$((long_minutes * 60))
    speaker=ann
    while [ "$seconds_left" -gt 0 ]; do
        next=${names[RANDOM % 4]}
        [ "$next" = "$speaker" ] && next=${names[RANDOM % 4]}
        speaker=$next
        gap=$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 0.05 + (r % 80) / 100 }')
        turns+=("$speaker" "$gap" "$(pick subjects) $(pick verbs) $(pick objects) $(pick places).")
        seconds_left=$((seconds_left - 3))
    done
    conversation long 0.5 "${turns[@]}"
fi
