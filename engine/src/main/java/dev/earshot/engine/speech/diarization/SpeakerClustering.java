package dev.earshot.engine.speech.diarization;

import java.util.ArrayList;
import java.util.List;

/**
 * Bottom-up (agglomerative) clustering of segments with full-covariance Gaussians and two views of the
 * Bayesian information criterion (penalty weight {@value #LAMBDA}):
 * <ul>
 * <li>the order: the pair whose merge costs the least plain ΔBIC is merged first (small clusters, whose
 *     statistics are unreliable, find their home before large clusters are compared);</li>
 * <li>the stopping rule: a pair may merge only if its ΔBIC computed as if each cluster held at most
 *     {@value #EVIDENCE_CAP} frames (10 s) is not above 0. Plain ΔBIC grows with the amount of speech, so on long
 *     recordings it would keep one speaker's clusters apart (content and channel make no two stretches of a
 *     voice alike); capping the evidence makes the rule judge how far apart the two distributions are.</li>
 * </ul>
 * Merging stops when no pair may merge, but goes on while there are more clusters than {@code maxSpeakers} and
 * never goes below {@code minSpeakers}. More than {@value #CHUNK} segments (about 12 minutes of conversation) are
 * first clustered in consecutive chunks with the stopping rule alone, and the clusters of all chunks are then
 * clustered together; this keeps the pair table at {@value #CHUNK}² entries.
 */
final class SpeakerClustering {

    static final double LAMBDA = 2.0;
    static final int CHUNK = 400;
    static final long EVIDENCE_CAP = 1000;

    private SpeakerClustering() {
    }

    /**
     * @param gaussians one per segment
     * @return the cluster (0, 1, ...) of each segment
     */
    static int[] cluster(List<Gaussian> gaussians, int minSpeakers, int maxSpeakers) {
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < gaussians.size(); i++) {
            clusters.add(new Cluster(gaussians.get(i), List.of(i)));
        }
        while (clusters.size() > CHUNK) {
            List<Cluster> reduced = new ArrayList<>();
            for (int from = 0; from < clusters.size(); from += CHUNK) {
                reduced.addAll(merge(clusters.subList(from, Math.min(clusters.size(), from + CHUNK)), 1,
                        Integer.MAX_VALUE));
            }
            if (reduced.size() == clusters.size()) {
                break;
            }
            clusters = reduced;
        }
        clusters = merge(clusters, minSpeakers, maxSpeakers);
        int[] labels = new int[gaussians.size()];
        for (int c = 0; c < clusters.size(); c++) {
            for (int member : clusters.get(c).members()) {
                labels[member] = c;
            }
        }
        return labels;
    }

    private record Cluster(Gaussian gaussian, List<Integer> members) {

        Cluster with(Cluster other) {
            List<Integer> all = new ArrayList<>(members);
            all.addAll(other.members);
            return new Cluster(gaussian.plus(other.gaussian), all);
        }
    }

    private static List<Cluster> merge(List<Cluster> start, int min, int max) {
        List<Cluster> clusters = new ArrayList<>(start);
        int n = clusters.size();
        double[][] costs = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                price(clusters, costs, i, j);
            }
        }
        boolean[] gone = new boolean[n];
        int alive = n;
        while (alive > min) {
            int[] pair = cheapest(costs, gone, alive > max);
            if (pair == null) {
                break;
            }
            clusters.set(pair[0], clusters.get(pair[0]).with(clusters.get(pair[1])));
            gone[pair[1]] = true;
            alive--;
            for (int k = 0; k < n; k++) {
                if (!gone[k] && k != pair[0]) {
                    price(clusters, costs, Math.min(k, pair[0]), Math.max(k, pair[0]));
                }
            }
        }
        List<Cluster> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!gone[i]) {
                result.add(clusters.get(i));
            }
        }
        return result;
    }

    /** Plain ΔBIC of clusters i < j into {@code costs[i][j]}, the capped one into {@code costs[j][i]}. */
    private static void price(List<Cluster> clusters, double[][] costs, int i, int j) {
        Gaussian a = clusters.get(i).gaussian();
        Gaussian b = clusters.get(j).gaussian();
        costs[i][j] = Gaussian.deltaBic(a, b, LAMBDA);
        costs[j][i] = Gaussian.deltaBic(a, b, LAMBDA, EVIDENCE_CAP);
    }

    /**
     * The live pair with the lowest plain ΔBIC, among all pairs when {@code forced}, otherwise among those whose
     * capped ΔBIC is not above 0; null if there is none.
     */
    private static int[] cheapest(double[][] costs, boolean[] gone, boolean forced) {
        int[] best = null;
        for (int i = 0; i < costs.length; i++) {
            for (int j = i + 1; j < costs.length && !gone[i]; j++) {
                if (!gone[j] && (forced || costs[j][i] <= 0)
                        && (best == null || costs[i][j] < costs[best[0]][best[1]])) {
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }
}
