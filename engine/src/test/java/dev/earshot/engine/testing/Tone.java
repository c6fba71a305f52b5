package dev.earshot.engine.testing;

/**
 * The sine of one frequency that best fits some samples (least squares over sine and cosine), and how much of
 * the samples' energy it leaves unexplained.
 *
 * @param peak          amplitude of the fitted sine, full scale 1
 * @param phase         phase of the fitted sine at sample index 0, in radians (-pi to pi): the samples are
 *                      {@code peak * sin(2 pi hertz i / rate + phase)} plus the residual
 * @param residualRatio energy of the samples minus the fitted sine over the energy of the samples; 0 for a
 *                      pure tone of that frequency, 1 when there is nothing of it
 */
public record Tone(double peak, double phase, double residualRatio) {

    /** The fit over all of {@code samples}. */
    public static Tone fit(float[] samples, int sampleRate, double hertz) {
        return fit(samples, 0, samples.length, sampleRate, hertz);
    }

    /** The fit over {@code samples[from, to)}; the phase still refers to index 0. */
    public static Tone fit(float[] samples, int from, int to, int sampleRate, double hertz) {
        double step = 2 * Math.PI * hertz / sampleRate;
        double ss = 0;
        double cc = 0;
        double sc = 0;
        double xs = 0;
        double xc = 0;
        for (int i = from; i < to; i++) {
            double s = Math.sin(step * i);
            double c = Math.cos(step * i);
            ss += s * s;
            cc += c * c;
            sc += s * c;
            xs += samples[i] * s;
            xc += samples[i] * c;
        }
        double det = ss * cc - sc * sc;
        double a = (xs * cc - xc * sc) / det;
        double b = (xc * ss - xs * sc) / det;
        double energy = 0;
        double residual = 0;
        for (int i = from; i < to; i++) {
            double left = samples[i] - a * Math.sin(step * i) - b * Math.cos(step * i);
            energy += samples[i] * (double) samples[i];
            residual += left * left;
        }
        return new Tone(Math.hypot(a, b), Math.atan2(b, a), energy == 0 ? 1 : residual / energy);
    }
}
