#!/usr/bin/env bash
# Regenerates call.wav and call.tsv in this folder: a synthesized support call in which a caller gives a name,
# a card number, a phone number, an e-mail address and a date of birth. Needs espeak-ng 1.51 and sox 14.4
# (Debian 12: apt-get install espeak-ng sox). Tests read only the committed outputs, never espeak.
#
# Every turn is one sentence spoken by one espeak-ng voice (SSML input, so a turn may hold <break/> pauses),
# resampled to 16 kHz mono 16-bit, trimmed of espeak's own leading and trailing silence and preceded by
# digital silence of a known length. Digit groups are separated by commas so that espeak pauses between them,
# as people do when reading a number out; the e-mail address is dictated word by word with short breaks.
# call.tsv lists the turns (speaker, start s, end s, sentence without markup), spans from sample counts.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rate=16000

seconds() { awk -v n="$1" -v r="$rate" 'BEGIN { printf "%.3f", n / r }'; }
declare -A voices=([agent]="-v en-us+m3 -p 40 -s 185" [caller]="-v en-us+f2 -p 50 -s 160")

# call <name> <tail s> then turns as: <speaker> <gap before, s> <sentence> ...
call() {
    local name=$1 tail=$2
    shift 2
    local parts=() at=0 i=0
    printf 'speaker\tstart\tend\ttext\n' > "$name.tsv"
    while [ $# -gt 0 ]; do
        local speaker=$1 gap=$2 sentence=$3
        shift 3
        # shellcheck disable=SC2086
        espeak-ng -m ${voices[$speaker]} -w "$work/raw$i.wav" "<speak>$sentence</speak>"
        sox -D "$work/raw$i.wav" -b 16 -c 1 "$work/speech$i.wav" rate -v "$rate" \
            silence 1 0.005 -45d reverse silence 1 0.005 -45d reverse
        sox -D -n -r "$rate" -b 16 -c 1 "$work/gap$i.wav" trim 0 "$gap"
        parts+=("$work/gap$i.wav" "$work/speech$i.wav")
        local start=$((at + $(soxi -s "$work/gap$i.wav")))
        at=$((start + $(soxi -s "$work/speech$i.wav")))
        printf '%s\t%s\t%s\t%s\n' "$speaker" "$(seconds "$start")" "$(seconds "$at")" \
            "$(sed -e 's/<[^>]*>//g' -e "s/\\[\\[Igz'amp@L\\]\\]/example/" -e 's/  */ /g' <<< "$sentence")" >> "$name.tsv"
        i=$((i + 1))
    done
    sox -D -n -r "$rate" -b 16 -c 1 "$work/tail.wav" trim 0 "$tail"
    sox -D "${parts[@]}" "$work/tail.wav" -b 16 -c 1 "$name.wav"
}

pause='<break time="200ms"/>'
# "example" in espeak's phonemes, stressed as in American speech; espeak's own reading is heard as "ample"
example="[[Igz'amp@L]]"
call call 0.1 \
    agent 0.15 "Thanks for calling, how can I help?" \
    caller 0.25 "Hi, my name is John Smith, I want to pay my bill." \
    agent 0.25 "What is the card number?" \
    caller 0.25 "Sure, it is five five five five, five five five five, five five five five, four four four four." \
    agent 0.25 "And a phone number?" \
    caller 0.25 "My number is five five five, oh one two, three four five six." \
    agent 0.25 "Your email address?" \
    caller 0.25 "It is $pause john $pause period $pause smith $pause at $pause $example $pause dot com." \
    agent 0.25 "And your date of birth?" \
    caller 0.25 "I was born on March third, nineteen eighty four."
