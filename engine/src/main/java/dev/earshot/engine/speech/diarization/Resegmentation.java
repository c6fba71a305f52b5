package dev.earshot.engine.speech.diarization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Redraws the speaker boundaries frame by frame: each speaker gets a full-covariance Gaussian of its frames,
 * and in every speech region a Viterbi pass picks the most likely speaker sequence, paying {@value #SWITCH}
 * nats (natural-log likelihood units) for each change of speaker so that turns do not flicker. Quiet frames
 * fit every speaker equally. Repeated {@value #PASSES} times with the models re-estimated from the new labels.
 * One speaker per frame: in overlapping speech the speaker whose model fits best wins. Memory: a copy of the
 * labels (an int per frame) plus a one-byte back-pointer per frame and speaker of the longest region.
 */
final class Resegmentation {

    static final double SWITCH = 60;
    static final int PASSES = 3;

    private Resegmentation() {
    }

    /**
     * @param labels   speaker (0 to {@code speakers - 1}) of each frame, or -1 for frames not yet placed; changed
     *                 in place
     * @param speakers number of speakers
     */
    static void refine(SpeechFeatures features, int[] labels, int speakers) {
        for (int pass = 0; pass < PASSES; pass++) {
            List<GaussianDensity> models = models(features, labels, speakers);
            if (models == null) {
                return;
            }
            int[] previous = labels.clone();
            for (SpeechFeatures.Region region : features.regions()) {
                viterbi(features, region, models, labels);
            }
            if (Arrays.equals(previous, labels)) {
                return;
            }
        }
    }

    private static List<GaussianDensity> models(SpeechFeatures features, int[] labels, int speakers) {
        List<Gaussian> gaussians = new ArrayList<>();
        for (int s = 0; s < speakers; s++) {
            gaussians.add(new Gaussian(features.dimensions()));
        }
        for (int f = 0; f < labels.length; f++) {
            if (labels[f] >= 0) {
                gaussians.get(labels[f]).add(features, f);
            }
        }
        List<GaussianDensity> models = new ArrayList<>();
        for (Gaussian gaussian : gaussians) {
            if (gaussian.count() <= features.dimensions()) {
                return null;
            }
            models.add(new GaussianDensity(gaussian));
        }
        return models;
    }

    private static void viterbi(SpeechFeatures features, SpeechFeatures.Region region, List<GaussianDensity> models,
            int[] labels) {
        int speakers = models.size();
        int count = region.count();
        byte[] from = new byte[count * speakers];
        double[] score = new double[speakers];
        double[] next = new double[speakers];
        for (int k = 0; k < count; k++) {
            int frame = region.first() + k;
            boolean quiet = features.quiet(frame);
            int best = argmax(score);
            double change = k == 0 ? Double.NEGATIVE_INFINITY : score[best] - SWITCH;
            for (int s = 0; s < speakers; s++) {
                boolean switches = change > score[s];
                double emission = quiet ? 0 : models.get(s).logDensity(features, frame);
                next[s] = (switches ? change : score[s]) + emission;
                from[k * speakers + s] = (byte) (switches ? best : s);
            }
            System.arraycopy(next, 0, score, 0, speakers);
        }
        int state = argmax(score);
        for (int k = count - 1; k >= 0; k--) {
            labels[region.first() + k] = state;
            state = from[k * speakers + state];
        }
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
