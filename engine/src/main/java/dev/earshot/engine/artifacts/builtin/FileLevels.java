package dev.earshot.engine.artifacts.builtin;

/**
 * How loud a whole file is, measured before its frames are scored (see {@link LevelSurvey}): percentiles of the RMS
 * levels of its short windows. Detectors that judge a frame against the rest of the file read these.
 *
 * @param floorDb background level, the 10th percentile of window levels, in dBFS, -140 to about 0
 * @param loudDb  loud level, the 95th percentile of window levels, in dBFS, at least {@code floorDb}
 */
public record FileLevels(double floorDb, double loudDb) {

    /** Levels of a file that is digital silence throughout. */
    public static final FileLevels SILENT = new FileLevels(-140, -140);

    public FileLevels {
        if (!(floorDb >= -140 && loudDb >= floorDb)) {
            throw new IllegalArgumentException("file levels need -140 <= floor <= loud, got " + floorDb + " and "
                    + loudDb);
        }
    }

    /**
     * The window level in dBFS below which a window counts as silence: 10 dB over the floor, but never below -60 dBFS
     * (a floor of digital silence would make any dither count as sound) and never above 20 dB under the loud level.
     */
    public double silenceDb() {
        return Math.min(Math.max(floorDb + 10, -60), loudDb - 20);
    }
}
