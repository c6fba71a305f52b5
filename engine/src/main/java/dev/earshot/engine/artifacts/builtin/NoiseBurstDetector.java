package dev.earshot.engine.artifacts.builtin;

/**
 * Noise bursts: a stretch of loud broadband noise (static, a burst of interference, wind on the microphone) over or
 * between the speech. Method: a short window (about 23 ms) is noisy when its spectrum is flat, spectral flatness
 * (geometric over arithmetic mean of the power from 100 Hz to 90 % of Nyquist) at least {@code minFlatness}; when it is
 * broadband, its power density from 100 Hz to 1 kHz at least a tenth of its density from 1 kHz to 90 % of Nyquist
 * (noise fills the whole band, a fricative or a breath the top of it); and when it is well above the file's background,
 * at least {@code aboveFloorDb} over the {@link FileLevels#floorDb() floor} and at least {@code minLevelDb}. Voiced
 * speech is harmonic (flatness near 0.01), the background is quiet, and a click fills one or two windows, not a run.
 * Measure {@code burst_ms}: the longest run of noisy windows in the frame, in milliseconds (windows times the window
 * hop). Score: 0 at {@code minBurstMs}, 1 at {@code fullBurstMs}, linear between.
 *
 * <p>Event-based precision / recall (200 ms collar) on injected noise bursts, measured by
 * {@code BuiltInDetectorQualityTest}: 1.00 / 0.88 on generated speech at 16 kHz mono, 1.00 / 1.00 at 44.1 kHz stereo,
 * 0.67 / 1.00 on real speech at 16 kHz.
 */
public final class NoiseBurstDetector implements ArtifactDetector {

    /** The type id. */
    public static final String TYPE = "noise_burst";

    private static final double SPLIT_HZ = 1000;
    private static final double LOW_SHARE = 0.1;

    private final double minFlatness;
    private final double aboveFloorDb;
    private final double minLevelDb;
    private final Ramp ramp;

    /** Flatness 0.3, 20 dB over the floor and at least -50 dBFS, 60 ms scoring 0 and 120 ms scoring 1. */
    public NoiseBurstDetector() {
        this(0.3, 20, -50, 60, 120);
    }

    /**
     * @param minFlatness  spectral flatness a noisy window needs, 0 to 1
     * @param aboveFloorDb how far a noisy window's level must be over the file's floor, in dB, 0 or more
     * @param minLevelDb   the least level of a noisy window, in dBFS, -140 to 0
     * @param minBurstMs   run length in ms that scores 0, 0 or more
     * @param fullBurstMs  run length in ms that scores 1, above {@code minBurstMs}
     */
    public NoiseBurstDetector(double minFlatness, double aboveFloorDb, double minLevelDb, double minBurstMs,
            double fullBurstMs) {
        if (!(minFlatness >= 0 && minFlatness <= 1 && aboveFloorDb >= 0 && minLevelDb >= -140 && minLevelDb <= 0
                && minBurstMs >= 0 && fullBurstMs > minBurstMs)) {
            throw new IllegalArgumentException("noise burst needs flatness 0-1, a margin of 0 dB or more, a level of "
                    + "-140-0 dBFS and 0 <= min < full ms, got " + minFlatness + ", " + aboveFloorDb + ", "
                    + minLevelDb + ", " + minBurstMs + ", " + fullBurstMs);
        }
        this.minFlatness = minFlatness;
        this.aboveFloorDb = aboveFloorDb;
        this.minLevelDb = minLevelDb;
        this.ramp = new Ramp(minBurstMs, fullBurstMs);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String measure() {
        return "burst_ms";
    }

    @Override
    public Detection detect(FrameAnalysis frame) {
        ShortWindows windows = frame.windows();
        double level = Math.max(minLevelDb, frame.file().floorDb() + aboveFloorDb);
        int longest = 0;
        int run = 0;
        int split = (int) Math.round(SPLIT_HZ / windows.binHz());
        for (int w = 0; w < windows.count(); w++) {
            boolean noisy = windows.flatness(w) >= minFlatness && windows.levelDb(w) >= level
                    && broadband(windows.power(w), split);
            run = noisy ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        double ms = longest * windows.hopMs();
        return new Detection(ms, ramp.score(ms));
    }

    /** True if the power density from 100 Hz to the split is at least a tenth of the density above it. */
    private static boolean broadband(float[] power, int split) {
        int low = Math.max(1, split / 10);
        int high = (int) (0.9 * (power.length - 1));
        if (split <= low || high <= split) {
            return true;
        }
        double below = 0;
        for (int k = low; k < split; k++) {
            below += power[k];
        }
        double above = 0;
        for (int k = split; k < high; k++) {
            above += power[k];
        }
        return below / (split - low) >= LOW_SHARE * above / (high - split);
    }
}
