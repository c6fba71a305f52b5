package dev.earshot.engine.pipeline;

/**
 * A span of time in a recording.
 *
 * @param start start, in seconds from the beginning; 0 or more
 * @param end   end, in seconds; greater than or equal to start
 */
public record TimeRange(double start, double end) {

    public TimeRange {
        if (!(start >= 0) || !(end >= start)) {
            throw new IllegalArgumentException("need 0 <= start <= end, got [" + start + ", " + end + "]");
        }
    }

    /** Length in seconds. */
    public double length() {
        return end - start;
    }

    /** The pair as a two-element list, the form the doors print. */
    public java.util.List<Double> asPair() {
        return java.util.List.of(start, end);
    }
}
