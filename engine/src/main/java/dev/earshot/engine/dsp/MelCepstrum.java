package dev.earshot.engine.dsp;

/**
 * Mel-frequency cepstral coefficients of one power spectrum: triangular filters equally spaced on the HTK mel
 * scale ({@code 2595 log10(1 + f / 700)}), the natural log of each filter's energy (floored at 1e-10), then an
 * orthonormal DCT-II. Coefficient 0 follows the overall level; the higher ones the spectral shape. One instance
 * per thread.
 */
public final class MelCepstrum {

    private static final double FLOOR = 1e-10;

    private final int bins;
    private final double[][] filters;
    private final double[][] cosines;
    private final double[] logEnergies;

    /**
     * @param sampleRate   of the analysed audio, in Hz
     * @param bins         power spectrum bins, DC to Nyquist ({@code fftSize / 2 + 1}), 2 or more
     * @param bands        number of mel filters, 2 or more
     * @param lowHz        lower edge of the first filter, in Hz, 0 or more
     * @param highHz       upper edge of the last filter, in Hz, above {@code lowHz} and at most Nyquist
     * @param coefficients coefficients computed (0 up to {@code coefficients - 1}), 1 to {@code bands}
     */
    public MelCepstrum(int sampleRate, int bins, int bands, double lowHz, double highHz, int coefficients) {
        if (bins < 2 || bands < 2 || coefficients < 1 || coefficients > bands || lowHz < 0 || highHz <= lowHz
                || highHz > sampleRate / 2.0) {
            throw new IllegalArgumentException("bad mel cepstrum layout: " + bins + " bins, " + bands + " bands, "
                    + lowHz + "-" + highHz + " Hz at " + sampleRate + " Hz, " + coefficients + " coefficients");
        }
        this.bins = bins;
        this.filters = filters(sampleRate, bins, bands, lowHz, highHz);
        this.cosines = new double[coefficients][bands];
        for (int k = 0; k < coefficients; k++) {
            double scale = Math.sqrt((k == 0 ? 1.0 : 2.0) / bands);
            for (int m = 0; m < bands; m++) {
                cosines[k][m] = scale * Math.cos(Math.PI * k * (m + 0.5) / bands);
            }
        }
        this.logEnergies = new double[bands];
    }

    /** Number of coefficients computed. */
    public int coefficients() {
        return cosines.length;
    }

    /** Writes the coefficients of {@code power} ({@code bins} values) into {@code out}. */
    public void compute(float[] power, double[] out) {
        for (int m = 0; m < filters.length; m++) {
            double energy = 0;
            double[] weights = filters[m];
            for (int k = 0; k < bins; k++) {
                energy += weights[k] * power[k];
            }
            logEnergies[m] = Math.log(Math.max(energy, FLOOR));
        }
        for (int k = 0; k < cosines.length; k++) {
            double sum = 0;
            for (int m = 0; m < logEnergies.length; m++) {
                sum += cosines[k][m] * logEnergies[m];
            }
            out[k] = sum;
        }
    }

    private static double[][] filters(int sampleRate, int bins, int bands, double lowHz, double highHz) {
        double low = mel(lowHz);
        double step = (mel(highHz) - low) / (bands + 1);
        double binHz = sampleRate / 2.0 / (bins - 1);
        double[][] filters = new double[bands][bins];
        for (int m = 0; m < bands; m++) {
            double left = hertz(low + m * step);
            double centre = hertz(low + (m + 1) * step);
            double right = hertz(low + (m + 2) * step);
            for (int k = 0; k < bins; k++) {
                double f = k * binHz;
                double rising = (f - left) / (centre - left);
                double falling = (right - f) / (right - centre);
                filters[m][k] = Math.max(0, Math.min(rising, falling));
            }
        }
        return filters;
    }

    private static double mel(double hertz) {
        return 2595 * Math.log10(1 + hertz / 700);
    }

    private static double hertz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
