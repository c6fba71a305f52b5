package dev.earshot.engine.language.summary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * TextRank (Mihalcea and Tarau, 2004) over sentences: a graph whose edges weigh the cosine similarity of two
 * sentences' content words ({@link Terms}), scored by PageRank with damping {@value #DAMPING}. A sentence that
 * shares no term with any other keeps only its share of the random jump, so central sentences rank first. A bias
 * turns it into biased TextRank (Kazemi et al., 2020): the random jump (and the rank of sentences without
 * edges) lands on sentences in proportion to the bias instead of evenly.
 * Memory and time grow with the square of the number of sentences (1,000 sentences: about 8 MB and about a
 * second here).
 */
final class TextRank {

    static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGED = 1e-10;

    private TextRank() {
    }

    /** The score of each sentence; they add up to 1. */
    static double[] scores(List<Map<String, Integer>> sentenceTerms) {
        double[] even = new double[sentenceTerms.size()];
        Arrays.fill(even, 1);
        return scores(sentenceTerms, even);
    }

    /**
     * The score of each sentence with the random jump weighted by {@code bias} (0 or more each, one per sentence;
     * all 0 counts as even); the scores add up to 1.
     */
    static double[] scores(List<Map<String, Integer>> sentenceTerms, double[] bias) {
        int n = sentenceTerms.size();
        double[] jump = normalized(bias);
        double[][] weight = new double[n][n];
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double similarity = Terms.cosine(sentenceTerms.get(i), sentenceTerms.get(j));
                weight[i][j] = similarity;
                weight[j][i] = similarity;
                outWeight[i] += similarity;
                outWeight[j] += similarity;
            }
        }
        double[] score = new double[n];
        Arrays.fill(score, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = step(weight, outWeight, jump, score);
            double change = 0;
            for (int i = 0; i < n; i++) {
                change += Math.abs(next[i] - score[i]);
            }
            score = next;
            if (change < CONVERGED) {
                break;
            }
        }
        return score;
    }

    private static double[] normalized(double[] bias) {
        double total = Arrays.stream(bias).sum();
        double[] jump = new double[bias.length];
        for (int i = 0; i < bias.length; i++) {
            jump[i] = total > 0 ? bias[i] / total : 1.0 / bias.length;
        }
        return jump;
    }

    /** One PageRank step; the rank of sentences without edges goes where the jump goes, so the total stays 1. */
    private static double[] step(double[][] weight, double[] outWeight, double[] jump, double[] score) {
        int n = score.length;
        double spread = 0;
        for (int j = 0; j < n; j++) {
            if (outWeight[j] == 0) {
                spread += score[j];
            }
        }
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            double incoming = spread * jump[i];
            for (int j = 0; j < n; j++) {
                if (weight[j][i] > 0) {
                    incoming += weight[j][i] / outWeight[j] * score[j];
                }
            }
            next[i] = (1 - DAMPING) * jump[i] + DAMPING * incoming;
        }
        return next;
    }
}
