package dev.earshot.engine.speech.diarization;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts speech regions at speaker changes. Inside a region, every {@value #STEP} frames (0.1 s) the two
 * adjacent windows of {@value #WINDOW} frames (1 s) either side are compared by {@link Gaussian#deltaBic}
 * (penalty weight {@value #LAMBDA}); a point where that value is positive and the largest within one window
 * either side is a change. A region shorter than two windows is left whole. Then adjacent segments of a region
 * are joined while their whole-segment ΔBIC (same weight) says one speaker explains both better (LIUM's
 * "linear clustering"), which removes changes found inside one speaker's turn.
 */
final class ChangeDetection {

    static final int WINDOW = 100;
    static final int STEP = 10;
    static final double LAMBDA = 1.0;

    private ChangeDetection() {
    }

    /** Segments of every region, in time order. */
    static List<Segment> segments(SpeechFeatures features) {
        List<Segment> segments = new ArrayList<>();
        List<SpeechFeatures.Region> regions = features.regions();
        for (int r = 0; r < regions.size(); r++) {
            segments.addAll(joinAlike(features, split(features, r)));
        }
        return segments;
    }

    private static List<Segment> split(SpeechFeatures features, int index) {
        SpeechFeatures.Region region = features.regions().get(index);
        int first = region.first();
        int end = first + region.count();
        List<Integer> points = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int t = first + WINDOW; t + WINDOW <= end; t += STEP) {
            Gaussian left = Gaussian.of(features, t - WINDOW, t);
            Gaussian right = Gaussian.of(features, t, t + WINDOW);
            if (left.count() < WINDOW / 2 || right.count() < WINDOW / 2) {
                continue;
            }
            points.add(t);
            scores.add(Gaussian.deltaBic(left, right, LAMBDA));
        }
        List<Segment> segments = new ArrayList<>();
        int from = first;
        for (int i = 0; i < points.size(); i++) {
            if (scores.get(i) > 0 && isPeak(points, scores, i)) {
                segments.add(new Segment(index, from, points.get(i)));
                from = points.get(i);
            }
        }
        segments.add(new Segment(index, from, end));
        return segments;
    }

    private static boolean isPeak(List<Integer> points, List<Double> scores, int i) {
        int at = points.get(i);
        double score = scores.get(i);
        for (int j = i - 1; j >= 0 && at - points.get(j) < WINDOW; j--) {
            if (scores.get(j) >= score) {
                return false;
            }
        }
        for (int j = i + 1; j < points.size() && points.get(j) - at < WINDOW; j++) {
            if (scores.get(j) > score) {
                return false;
            }
        }
        return true;
    }

    private static List<Segment> joinAlike(SpeechFeatures features, List<Segment> segments) {
        List<Segment> joined = new ArrayList<>(segments);
        boolean changed = true;
        while (changed && joined.size() > 1) {
            changed = false;
            for (int i = 0; i + 1 < joined.size(); i++) {
                Segment a = joined.get(i);
                Segment b = joined.get(i + 1);
                Gaussian ga = Gaussian.of(features, a.from(), a.to());
                Gaussian gb = Gaussian.of(features, b.from(), b.to());
                if (Gaussian.deltaBic(ga, gb, LAMBDA) < 0) {
                    joined.set(i, new Segment(a.region(), a.from(), b.to()));
                    joined.remove(i + 1);
                    changed = true;
                    break;
                }
            }
        }
        return joined;
    }
}
