package dev.earshot.engine.artifacts.builtin;

/**
 * DC offset: a constant shift of the waveform away from zero, left by a faulty converter or preamp. Method: the
 * arithmetic mean of each channel over each half of the frame; an offset is what both halves share, the smaller of the
 * two means when they have the same sign, else nothing, so that rumble, breath on the microphone and other slow sound,
 * whose mean wanders, does not count. Sound itself averages to nearly zero over a quarter second (a 100 Hz tone cut at
 * the worst phase leaves a mean of {@code a / (pi f T)}, about 1 % of its amplitude). The most offset channel counts.
 * Measure {@code mean}: that shared mean's magnitude, full scale 1. Score: 0 at {@code minOffset} and below, 1 at
 * {@code fullOffset} and above, linear between.
 *
 * <p>Event-based precision / recall (200 ms collar) on injected DC offsets, measured by
 * {@code BuiltInDetectorQualityTest}: 1.00 / 1.00 on generated speech at 16 kHz mono, 1.00 / 1.00 at 44.1 kHz stereo,
 * 1.00 / 1.00 on real speech at 16 kHz.
 */
public final class DcOffsetDetector implements ArtifactDetector {

    /** The type id. */
    public static final String TYPE = "dc_offset";

    private final Ramp ramp;

    /** With an offset of 0.005 (-46 dBFS) scoring 0 and 0.015 (-36 dBFS) scoring 1. */
    public DcOffsetDetector() {
        this(0.005, 0.015);
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
        int half = frame.length() / 2;
        double worst = 0;
        for (int c = 0; c < frame.channels() && half > 0; c++) {
            double first = mean(frame.channel(c), 0, half);
            double second = mean(frame.channel(c), half, frame.length());
            if (Math.signum(first) == Math.signum(second)) {
                worst = Math.max(worst, Math.min(Math.abs(first), Math.abs(second)));
            }
        }
        return new Detection(worst, ramp.score(worst));
    }

    private static double mean(float[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i];
        }
        return sum / (to - from);
    }
}
