package dev.earshot.engine.artifacts.builtin;

import java.util.Arrays;

/**
 * Low level: programme recorded or mixed far too quietly, or a stretch whose gain dropped. Method: the frame's short
 * windows are active when they are at least 10 dB over the frame's quietest window that is not digital silence (under
 * -100 dBFS, as a dropout leaves), so that the frame's own pauses and background do not count, whatever the rest of the
 * file is like (a span whose gain dropped is quieter than the file's background too). Active windows must make up at
 * least {@code minActive} of the frame: a pause with the tail of a word, or a steady hum or noise, is not programme.
 * The 75th percentile of the active windows' RMS levels is the frame's active level; the frame is low when it is at or
 * below {@code maxLevelDb} (and above -100 dBFS: digital silence is not quiet sound). Measure {@code active_level_db}
 * (-140 when no window is active). Score: 1 at {@code maxLevelDb} and below, falling linearly to 0 at 6 dB above it; 0
 * when too little of the frame is active.
 *
 * <p>Event-based precision / recall (200 ms collar) on injected quiet spans, measured by
 * {@code BuiltInDetectorQualityTest}: 1.00 / 1.00 on generated speech at 16 kHz mono, 1.00 / 1.00 at 44.1 kHz stereo,
 * 0.82 / 1.00 on real speech at 16 kHz.
 */
public final class LowLevelDetector implements ArtifactDetector {

    /** The type id. */
    public static final String TYPE = "low_level";

    private static final double RAMP_DB = 6;
    private static final double ACTIVE_OVER_QUIETEST_DB = 10;
    private static final double ACTIVE_PERCENTILE = 0.75;
    private static final double SILENCE_DB = -100;
    private static final Ramp SOUND = new Ramp(SILENCE_DB - 6, SILENCE_DB);

    private final double minActive;
    private final Ramp quiet;

    /**
     * Active levels of -45 dBFS and below (speech is usually mixed near -25 dBFS RMS, some 20 dB louder) in half of the
     * frame.
     */
    public LowLevelDetector() {
        this(-45, 0.5);
    }

    /**
     * @param maxLevelDb the loudest active level that is low, in dBFS, -94 to 0
     * @param minActive  the share of the frame's windows that must be active, above 0 to 1
     */
    public LowLevelDetector(double maxLevelDb, double minActive) {
        if (!(maxLevelDb >= -94 && maxLevelDb <= 0 && minActive > 0 && minActive <= 1)) {
            throw new IllegalArgumentException("low level needs a level of -94 to 0 dBFS and an active share above 0 "
                    + "to 1, got " + maxLevelDb + " and " + minActive);
        }
        this.minActive = minActive;
        this.quiet = new Ramp(maxLevelDb + RAMP_DB, maxLevelDb);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String measure() {
        return "active_level_db";
    }

    @Override
    public Detection detect(FrameAnalysis frame) {
        ShortWindows windows = frame.windows();
        double[] levels = new double[windows.count()];
        for (int w = 0; w < levels.length; w++) {
            levels[w] = windows.levelDb(w);
        }
        Arrays.sort(levels);
        int sound = 0;
        while (sound < levels.length && levels[sound] < SILENCE_DB) {
            sound++;
        }
        if (sound == levels.length) {
            return new Detection(-140, 0);
        }
        int first = sound;
        while (first < levels.length && levels[first] < levels[sound] + ACTIVE_OVER_QUIETEST_DB) {
            first++;
        }
        int active = levels.length - first;
        if (active == 0) {
            return new Detection(-140, 0);
        }
        double level = levels[first + (int) Math.min(active - 1, Math.floor(ACTIVE_PERCENTILE * active))];
        if (active < minActive * levels.length) {
            return new Detection(level, 0);
        }
        return new Detection(level, Math.min(quiet.score(level), SOUND.score(level)));
    }
}
