package dev.earshot.engine.artifacts.builtin;

/**
 * DC offset: a constant shift of the waveform away from zero, left by a faulty converter or preamp. Method: the
 * arithmetic mean of each channel over the frame, the most offset channel counting (sound itself averages to nearly
 * zero over half a second: a 100 Hz tone cut at the worst phase leaves a mean of {@code a / (pi f T)}, under 0.3 % of
 * full scale). Measure {@code mean}: the largest absolute channel mean, full scale 1. Score: 0 at
 * {@code minOffset} and below, 1 at {@code fullOffset} and above, linear between.
 *
 * <p>Measured by {@code BuiltInDetectorQualityTest} on injected offsets of 0.02 to 0.08 (see that test for the
 * figures): precision and recall 1.0.
 */
public final class DcOffsetDetector implements ArtifactDetector {

    /** The type id. */
    public static final String TYPE = "dc_offset";

    private final Ramp ramp;

    /** With an offset of 0.004 (-48 dBFS) scoring 0 and 0.012 (-38 dBFS) scoring 1. */
    public DcOffsetDetector() {
        this(0.004, 0.012);
    }

    /**
     * @param minOffset  absolute mean, full scale 1, that scores 0; 0 to 1
     * @param fullOffset absolute mean that scores 1; above {@code minOffset}, at most 1
     */
    public DcOffsetDetector(double minOffset, double fullOffset) {
        if (!(minOffset >= 0 && fullOffset > minOffset && fullOffset <= 1)) {
            throw new IllegalArgumentException("DC offset limits need 0 <= min < full <= 1, got " + minOffset + " and "
                    + fullOffset);
        }
        this.ramp = new Ramp(minOffset, fullOffset);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String measure() {
        return "mean";
    }

    @Override
    public Detection detect(FrameAnalysis frame) {
        double worst = 0;
        for (int c = 0; c < frame.channels(); c++) {
            float[] samples = frame.channel(c);
            double sum = 0;
            for (int i = 0; i < frame.length(); i++) {
                sum += samples[i];
            }
            worst = Math.max(worst, Math.abs(sum / frame.length()));
        }
        return new Detection(worst, ramp.score(worst));
    }
}
