package dev.earshot.engine.dsp;

/**
 * Decibel conversions. Levels are relative to digital full scale (dBFS); values are floored at
 * {@link #FLOOR_DB} so that digital silence gives a finite number.
 */
public final class Decibels {

    /** The lowest level reported, in dB: anything quieter (including exact zero) maps here. */
    public static final double FLOOR_DB = -140.0;

    private static final double FLOOR_POWER = Math.pow(10, FLOOR_DB / 10);

    private Decibels() {
    }

    /** Power (mean square, 1.0 = full scale) to dB: {@code 10 log10(power)}, at least {@link #FLOOR_DB}. */
    public static double fromPower(double power) {
        return 10 * Math.log10(Math.max(power, FLOOR_POWER));
    }

    /** dB to amplitude ratio: {@code 10^(db / 20)}. */
    public static double toAmplitude(double db) {
        return Math.pow(10, db / 20);
    }
}
