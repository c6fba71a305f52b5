#!/usr/bin/env bash
# Regenerates the speech fixtures in this folder. Needs espeak-ng 1.51 and sox 14.4 (Debian 12:
# apt-get install espeak-ng sox). Tests read only the committed outputs, never espeak.
#
# Each fixture is three sentences spoken by one espeak-ng voice, each sentence trimmed of espeak's own
# leading and trailing silence, joined by digital silence of known length. The exact speech boundaries
# (from the trimmed sentence lengths in samples) go to boundaries.tsv and the words to transcripts.tsv.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf 'file\tstart_s\tend_s\ttext\n' > boundaries.tsv
printf 'file\ttext\n' > transcripts.tsv

seconds() { awk -v n="$1" -v r="$2" 'BEGIN { printf "%.4f", n / r }'; }

# fixture <file> <rate Hz> <voice> <words per minute> <lead s> <gap1 s> <gap2 s> <tail s> <s1> <s2> <s3>
fixture() {
    local file=$1 rate=$2 voice=$3 wpm=$4 lead=$5 gap1=$6 gap2=$7 tail=$8
    shift 8
    local parts=() pauses=("$lead" "$gap1" "$gap2") at=0 i=0 all=""
    for sentence in "$@"; do
        espeak-ng -v "$voice" -s "$wpm" -w "$work/raw$i.wav" "$sentence"
        sox -D "$work/raw$i.wav" -b 16 -c 1 "$work/speech$i.wav" rate -v "$rate" \
            silence 1 0.005 -45d reverse silence 1 0.005 -45d reverse
        sox -D -n -r "$rate" -b 16 -c 1 "$work/pause$i.wav" trim 0 "${pauses[$i]}"
        parts+=("$work/pause$i.wav" "$work/speech$i.wav")
        local lead_samples speech_samples
        lead_samples=$(soxi -s "$work/pause$i.wav")
        speech_samples=$(soxi -s "$work/speech$i.wav")
        local start=$((at + lead_samples)) end=$((at + lead_samples + speech_samples))
        printf '%s\t%s\t%s\t%s\n' "$file" "$(seconds "$start" "$rate")" "$(seconds "$end" "$rate")" "$sentence" >> boundaries.tsv
        at=$end
        all="$all $sentence"
        i=$((i + 1))
    done
    sox -D -n -r "$rate" -b 16 -c 1 "$work/tail.wav" trim 0 "$tail"
    sox -D "${parts[@]}" "$work/tail.wav" -b 16 -c 1 "$file"
    printf '%s\t%s\n' "$file" "${all# }" >> transcripts.tsv
}

fixture us-male-160-16k.wav 16000 en-us 160 0.5 0.8 1.2 0.5 \
    "The weather is nice today." \
    "Please send me the report before noon." \
    "She bought three apples at the market."
fixture gb-female-140-16k.wav 16000 en-gb+f3 140 0.3 1.0 0.6 0.4 \
    "My brother works at the hospital." \
    "We watched a good movie last night." \
    "Can you tell me the time please?"
fixture us-female-190-11k.wav 11025 en-us+f2 190 0.4 0.7 1.0 0.3 \
    "The children played in the garden." \
    "I will call you back later." \
    "Our team won the game on Sunday."
