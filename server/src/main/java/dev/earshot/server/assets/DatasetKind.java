package dev.earshot.server.assets;

/**
 * What a dataset holds: what a user sent ({@code INPUT}), the audio Earshot produced ({@code OUTPUT}), or the
 * non-audio files a run wrote, such as transcripts and reports ({@code ARTIFACTS}).
 */
public enum DatasetKind {
    INPUT, OUTPUT, ARTIFACTS
}
