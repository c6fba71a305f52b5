package dev.earshot.engine.artifacts.builtin;

import dev.earshot.engine.dsp.Decibels;
import java.util.Arrays;

/**
 * Low level: sound recorded or mixed far too quietly. Method: the frame's short windows that are sound rather than
 * silence (at or above the file's {@link FileLevels#silenceDb() silence level}) must make up at least
 * {@code minActive} of the frame, so that pauses, background and the tail of a word are not judged, and their levels
 * must vary by 6 dB or more, as programme does and a steady hum or noise does not; the 75th percentile of their RMS
 * levels is the frame's active level. The frame is low when that level is at or below {@code maxLevelDb} while it is
 * still clearly sound, at least {@code aboveFloorDb} over the file's {@link FileLevels#floorDb() floor}. Measure
 * {@code active_level_db} (-140 when no window is sound). Score: 1 from {@code aboveFloorDb} over the floor up to
 * {@code maxLevelDb}, falling linearly to 0 at 6 dB above {@code maxLevelDb} and at 6 dB less over the floor; 0 when
 * too little of the frame is sound.
 *
 * <p>Precision and recall measured on injected quiet spans: see {@code BuiltInDetectorQualityTest}.
 */
public final class LowLevelDetector implements ArtifactDetector {

    /** The type id. */
    public static final String TYPE = "low_level";

    private static final double RAMP_DB = 6;
    private static final double MIN_RANGE_DB = 6;
    private static final double ACTIVE_PERCENTILE = 0.75;

    private final double maxLevelDb;
    private final double aboveFloorDb;
    private final double minActive;

    /** Active levels of -40 dBFS and below that are 12 dB or more over the file's floor, in half of the frame. */
    public LowLevelDetector() {
        this(-40, 12, 0.5);
    }

    /**
     * @param maxLevelDb   the loudest active level that is low, in dBFS, -134 to 0
     * @param aboveFloorDb how far over the file's floor the active level must be to be sound, in dB, 6 or more
     * @param minActive    the share of the frame's windows that must be sound, above 0 to 1
     */
    public LowLevelDetector(double maxLevelDb, double aboveFloorDb, double minActive) {
        if (!(maxLevelDb >= -134 && maxLevelDb <= 0 && aboveFloorDb >= RAMP_DB && minActive > 0 && minActive <= 1)) {
            throw new IllegalArgumentException("low level needs a level of -134 to 0 dBFS, a margin of 6 dB or more "
                    + "and an active share above 0 to 1, got " + maxLevelDb + ", " + aboveFloorDb + ", " + minActive);
        }
        this.maxLevelDb = maxLevelDb;
        this.aboveFloorDb = aboveFloorDb;
        this.minActive = minActive;
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
        double silence = frame.file().silenceDb();
        double[] active = new double[windows.count()];
        int n = 0;
        for (int w = 0; w < windows.count(); w++) {
            if (windows.levelDb(w) >= silence) {
                active[n++] = windows.levelDb(w);
            }
        }
        if (n == 0) {
            return new Detection(Decibels.FLOOR_DB, 0);
        }
        Arrays.sort(active, 0, n);
        double level = active[(int) Math.min(n - 1, Math.floor(ACTIVE_PERCENTILE * n))];
        if (n < minActive * windows.count() || active[n - 1] - active[0] < MIN_RANGE_DB) {
            return new Detection(level, 0);
        }
        double sound = frame.file().floorDb() + aboveFloorDb;
        double quiet = new Ramp(maxLevelDb + RAMP_DB, maxLevelDb).score(level);
        double audible = new Ramp(sound - RAMP_DB, sound).score(level);
        return new Detection(level, Math.min(quiet, audible));
    }
}
