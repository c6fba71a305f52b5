package dev.earshot.engine.speech.diarization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Speaker turns from per-frame speaker labels, with the speakers renamed S1, S2, ... by first appearance. A
 * pause shorter than {@value #BRIDGED_PAUSE_SECONDS} s between two turns of the same speaker (a breath, a comma)
 * becomes part of the turn.
 */
final class Turns {

    static final double BRIDGED_PAUSE_SECONDS = 0.5;

    private Turns() {
    }

    /** @param labels speaker of each frame of {@code features}, 0 or more */
    static Diarization from(SpeechFeatures features, int[] labels) {
        Map<Integer, String> names = new HashMap<>();
        List<SpeakerTurn> turns = new ArrayList<>();
        for (SpeechFeatures.Region region : features.regions()) {
            int end = region.first() + region.count();
            int start = region.first();
            for (int f = region.first() + 1; f <= end; f++) {
                if (f == end || labels[f] != labels[start]) {
                    String name = names.computeIfAbsent(labels[start], k -> "S" + (names.size() + 1));
                    add(turns, new SpeakerTurn(name, region.timeOf(start), region.timeOf(f)));
                    start = f;
                }
            }
        }
        List<String> speakers = new ArrayList<>();
        for (int i = 1; i <= names.size(); i++) {
            speakers.add("S" + i);
        }
        return new Diarization(turns, speakers);
    }

    private static void add(List<SpeakerTurn> turns, SpeakerTurn turn) {
        int last = turns.size() - 1;
        if (last >= 0 && turns.get(last).speaker().equals(turn.speaker())
                && turn.start() - turns.get(last).end() < BRIDGED_PAUSE_SECONDS) {
            turns.set(last, new SpeakerTurn(turn.speaker(), turns.get(last).start(), turn.end()));
        } else {
            turns.add(turn);
        }
    }
}
