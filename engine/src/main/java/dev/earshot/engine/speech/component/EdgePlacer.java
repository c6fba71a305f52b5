package dev.earshot.engine.speech.component;

/**
 * Moves a segment edge that cuts a word out of it. Candidates are the gaps between words (see
 * {@link WordBoundaries}) within {@code maxShift} of the edge and inside the bounds the caller allows. A gap of
 * at least {@code minPause} (a pause) is preferred to a shorter one (two words that nearly touch); among
 * equals, the smallest move wins. In a gap the edge goes {@value #MARGIN_SECONDS} s from the word on the edge's
 * side (the middle of a gap shorter than twice that), or as close to that as the shift limit and the bounds
 * let it.
 */
final class EdgePlacer {

    static final double MARGIN_SECONDS = 0.1;

    /**
     * Where an edge ends up.
     *
     * @param position  the new edge, in seconds (the old one when not moved)
     * @param cutWord   index of the word the old edge cut, or -1
     * @param reason    why a cutting edge could not be moved, or null
     */
    record Placement(double position, int cutWord, String reason) {
    }

    private final WordBoundaries words;
    private final double maxShift;
    private final double minPause;

    EdgePlacer(WordBoundaries words, double maxShift, double minPause) {
        this.words = words;
        this.maxShift = maxShift;
        this.minPause = minPause;
    }

    /** Places the edge at {@code t} within [{@code low}, {@code high}] (seconds). */
    Placement place(double t, double low, double high) {
        int cut = words.cutAt(t);
        if (cut < 0) {
            return new Placement(t, -1, null);
        }
        double best = best(t, cut, low, high);
        if (!Double.isNaN(best)) {
            return new Placement(best, cut, null);
        }
        String reason = Double.isNaN(best(t, cut, 0, Double.MAX_VALUE))
                ? "no silence between words within max_shift_seconds (" + maxShift + " s)"
                : "the silences within max_shift_seconds would overlap the neighbouring segment or empty this one";
        return new Placement(t, cut, reason);
    }

    private double best(double t, int cut, double low, double high) {
        double from = Math.max(low, t - maxShift);
        double to = Math.min(high, t + maxShift);
        Choice choice = new Choice(t);
        for (int j = cut; j >= 0 && words.gapEnd(j) >= from; j--) {
            consider(choice, j, false, from, to);
        }
        for (int j = cut + 1; j <= words.size() && words.gapStart(j) <= to; j++) {
            consider(choice, j, true, from, to);
        }
        return choice.position;
    }

    private void consider(Choice choice, int gap, boolean later, double from, double to) {
        double start = words.gapStart(gap);
        double end = words.gapEnd(gap);
        double lowest = Math.max(start, from);
        double highest = Math.min(end, to);
        if (lowest > highest) {
            return;
        }
        double margin = Math.min(MARGIN_SECONDS, (end - start) / 2);
        double preferred = later ? start + margin : end - margin;
        double position = Math.max(lowest, Math.min(highest, preferred));
        if (words.cutAt(position) < 0) {
            choice.offer(position, end - start >= minPause);
        }
    }

    /** The best candidate so far: pauses first, then the smallest move. */
    private static final class Choice {
        private final double t;
        private double position = Double.NaN;
        private boolean pause;

        Choice(double t) {
            this.t = t;
        }

        void offer(double candidate, boolean isPause) {
            boolean better = Double.isNaN(position) || isPause && !pause
                    || isPause == pause && Math.abs(candidate - t) < Math.abs(position - t);
            if (better) {
                position = candidate;
                pause = isPause;
            }
        }
    }
}
