package dev.earshot.engine.speech.diarization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scores a diarization against a reference the way NIST's md-eval does: the timeline is cut at every turn
 * edge; in each piece with {@code R} reference and {@code H} hypothesis speakers, of which {@code C} are
 * mapped pairs, the error is {@code max(R, H) - C} speakers (missed {@code max(0, R - H)}, false alarm
 * {@code max(0, H - R)}, confusion {@code min(R, H) - C}). Speakers are mapped one-to-one so that mapped pairs
 * share the most scored time (exact search over subsets of the smaller side, up to {@value #MAX_MAPPED}
 * speakers). Time within the collar (default {@value #DEFAULT_COLLAR} s) either side of every reference turn
 * edge is not scored, forgiving the uncertainty of where a word begins or ends.
 */
public final class DiarizationScorer {

    /** The usual collar, in seconds either side of each reference turn edge. */
    public static final double DEFAULT_COLLAR = 0.25;

    /** The most speakers the smaller side may have. */
    public static final int MAX_MAPPED = 16;

    private DiarizationScorer() {
    }

    /** {@link #score(List, List, double)} with the {@value #DEFAULT_COLLAR} s collar. */
    public static DiarizationError score(List<SpeakerTurn> reference, List<SpeakerTurn> hypothesis) {
        return score(reference, hypothesis, DEFAULT_COLLAR);
    }

    /**
     * The error of {@code hypothesis} against {@code reference}.
     *
     * @param collar seconds not scored either side of each reference turn edge, 0 or more
     */
    public static DiarizationError score(List<SpeakerTurn> reference, List<SpeakerTurn> hypothesis, double collar) {
        if (!(collar >= 0)) {
            throw new IllegalArgumentException("collar must be 0 or more seconds, got " + collar);
        }
        List<String> refSpeakers = speakers(reference);
        List<String> hypSpeakers = speakers(hypothesis);
        List<Piece> pieces = pieces(reference, hypothesis, collar, refSpeakers, hypSpeakers);
        double[][] shared = new double[refSpeakers.size()][hypSpeakers.size()];
        for (Piece piece : pieces) {
            for (int r : piece.ref) {
                for (int h : piece.hyp) {
                    shared[r][h] += piece.seconds;
                }
            }
        }
        int[] map = SpeakerMapping.best(shared);
        double missed = 0;
        double falseAlarm = 0;
        double confusion = 0;
        double total = 0;
        for (Piece piece : pieces) {
            int r = piece.ref.length;
            int h = piece.hyp.length;
            int correct = 0;
            for (int ref : piece.ref) {
                if (map[ref] >= 0 && contains(piece.hyp, map[ref])) {
                    correct++;
                }
            }
            missed += piece.seconds * Math.max(0, r - h);
            falseAlarm += piece.seconds * Math.max(0, h - r);
            confusion += piece.seconds * (Math.min(r, h) - correct);
            total += piece.seconds * r;
        }
        Map<String, String> mapping = new HashMap<>();
        for (int r = 0; r < map.length; r++) {
            if (map[r] >= 0 && shared[r][map[r]] > 0) {
                mapping.put(refSpeakers.get(r), hypSpeakers.get(map[r]));
            }
        }
        return new DiarizationError(missed, falseAlarm, confusion, total, mapping);
    }

    private record Piece(double seconds, int[] ref, int[] hyp) {
    }

    private static List<Piece> pieces(List<SpeakerTurn> reference, List<SpeakerTurn> hypothesis, double collar,
            List<String> refSpeakers, List<String> hypSpeakers) {
        TreeSet<Double> edges = new TreeSet<>();
        List<double[]> unscored = new ArrayList<>();
        for (SpeakerTurn turn : reference) {
            edges.add(turn.start());
            edges.add(turn.end());
            for (double edge : new double[] {turn.start(), turn.end()}) {
                if (collar > 0) {
                    unscored.add(new double[] {Math.max(0, edge - collar), edge + collar});
                    edges.add(Math.max(0, edge - collar));
                    edges.add(edge + collar);
                }
            }
        }
        for (SpeakerTurn turn : hypothesis) {
            edges.add(turn.start());
            edges.add(turn.end());
        }
        List<Piece> pieces = new ArrayList<>();
        Double previous = null;
        for (double edge : edges) {
            if (previous != null && !inside(unscored, (previous + edge) / 2)) {
                double middle = (previous + edge) / 2;
                int[] ref = active(reference, refSpeakers, middle);
                int[] hyp = active(hypothesis, hypSpeakers, middle);
                if (ref.length + hyp.length > 0) {
                    pieces.add(new Piece(edge - previous, ref, hyp));
                }
            }
            previous = edge;
        }
        return pieces;
    }

    private static boolean inside(List<double[]> spans, double time) {
        for (double[] span : spans) {
            if (time > span[0] && time < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static int[] active(List<SpeakerTurn> turns, List<String> speakers, double time) {
        return turns.stream()
                .filter(turn -> turn.start() < time && time < turn.end())
                .mapToInt(turn -> speakers.indexOf(turn.speaker()))
                .distinct()
                .toArray();
    }

    private static boolean contains(int[] values, int value) {
        return Arrays.stream(values).anyMatch(v -> v == value);
    }

    private static List<String> speakers(List<SpeakerTurn> turns) {
        return turns.stream().map(SpeakerTurn::speaker).distinct().toList();
    }
}
