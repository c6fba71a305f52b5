package dev.earshot.engine.intel.redact;

/** What replaces redacted audio. */
public enum RedactionSound {
    /**
     * A sine tone of {@value AudioRedactor#BEEP_HZ} Hz (a quarter of the sample rate when that is lower) with
     * a peak of {@value AudioRedactor#BEEP_DBFS} dBFS, the same on every channel, its phase counted from the
     * start of the recording.
     */
    BEEP,
    /** Digital silence (samples 0). */
    SILENCE
}
