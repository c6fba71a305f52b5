package dev.earshot.engine.speech.diarization;

/**
 * Frames {@code from .. to - 1} of one speech region, taken to hold one speaker.
 *
 * @param region index of the region in {@link SpeechFeatures#regions()}
 * @param from   first frame (recording frame index)
 * @param to     one past the last frame
 */
record Segment(int region, int from, int to) {

    int length() {
        return to - from;
    }
}
