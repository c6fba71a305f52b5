package dev.earshot.engine.speech.diarization;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechProgress;
import dev.earshot.engine.speech.VoiceActivityDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link Diarizer} built from signal processing alone, without a neural speaker-embedding model (none is
 * available to this project): it tells voices apart by the statistics of their spectral envelope, so it works
 * best on clean recordings of voices that differ in timbre or pitch range; it can take one speaker in two very
 * different acoustic conditions for two speakers, and two similar voices for one.
 *
 * <ol>
 * <li>Speech regions from the {@link VoiceActivityDetector} (settings from {@link DiarizationSettings#vad()}).</li>
 * <li>Features: MFCC 1-13 every 10 ms (32 ms frames, 30 mel bands 60-7,000 Hz), mean- and
 *     variance-normalised over the recording; frames below about -70 dBFS are left out of all statistics.</li>
 * <li>Speaker changes inside each region: ΔBIC between adjacent 1 s windows every 0.1 s, peaks above 0, then
 *     adjacent segments joined while ΔBIC says they are one speaker (see {@code ChangeDetection}).</li>
 * <li>Agglomerative clustering of the segments of at least 0.5 s with full-covariance Gaussians: merge order by
 *     ΔBIC, stopping rule by ΔBIC with the evidence capped at 10 s per cluster, within
 *     {@code minSpeakers..maxSpeakers} (exactly the count when it is fixed). Without a fixed count, clusters
 *     with less than {@value #MINOR_SHARE} of the speech are then dissolved (mostly segments that straddle a
 *     speaker change); so a speaker with less than 5% of the speech is folded into the others.</li>
 * <li>Viterbi resegmentation over all speech frames with one Gaussian per speaker and a switching penalty,
 *     up to three passes; this also places the short and the dissolved segments.</li>
 * <li>Turns: runs of one speaker inside a region; a pause under 0.5 s between two turns of one speaker is
 *     bridged.</li>
 * </ol>
 *
 * <p>One speaker per frame: where voices overlap, the turn goes to the speaker whose model fits the mixture
 * best (usually the louder one); the other voice is missed. A speaker's interjection shorter than about 0.5 s
 * inside another's speech is usually absorbed by it. A fixed count is honoured by clustering, but
 * resegmentation may still leave a speaker with no frame (the result then has fewer speakers).
 *
 * <p>Measured (see {@code DiarizationBenchmark}): DER 0.0 on the committed two- and three-speaker espeak-ng
 * fixtures with a 0.25 s collar (0.04 without a collar), with or without the count, and the right count
 * without it; about 0.00-0.04 on 1 to 30 minute four-voice espeak-ng conversations; 0.02 to 0.14 with white
 * noise at about 24 and 15 dB SNR. About 70-100x real time on one core of the build machine (the VAD is half of
 * it).
 *
 * <p>Memory: the audio is streamed (read twice, once by the VAD and once for features); the features of the
 * speech frames are kept: 13 floats and two labels per 10 ms, 60 bytes, about 360 KB per minute of speech (22 MB
 * per hour), and 1.5 KB of statistics per segment (one per 2 to 3 s of speech, about 2 MB per hour);
 * clustering holds at most {@value SpeakerClustering#CHUNK}² pair costs and the Viterbi pass one byte per frame
 * and speaker of the longest speech region. Time grows linearly with duration. Thread-safe: every call keeps
 * its own state.
 */
public final class BicDiarizer implements Diarizer {

    /** Segments with fewer speech frames than this (0.5 s) are placed by resegmentation, not clustered. */
    static final int MIN_CLUSTER_FRAMES = 50;

    /** A cluster with less than this share of the clustered speech is not taken for a speaker. */
    static final double MINOR_SHARE = 0.05;

    private static final double VAD_SHARE = 0.5;
    private static final double FEATURE_SHARE = 0.4;

    private final VoiceActivityDetector voiceActivityDetector;

    /** @param voiceActivityDetector finds the speech regions, e.g. {@code SpeechModels.voiceActivityDetector()} */
    public BicDiarizer(VoiceActivityDetector voiceActivityDetector) {
        this.voiceActivityDetector = voiceActivityDetector;
    }

    @Override
    public Diarization diarize(PcmFile audio, DiarizationSettings settings, SpeechProgress progress) {
        List<TimeRange> speech = voiceActivityDetector.detect(audio, settings.vad(),
                fraction -> progress.reached(VAD_SHARE * fraction));
        SpeechFeatures features = CepstralAnalysis.of(audio, speech,
                fraction -> progress.reached(VAD_SHARE + FEATURE_SHARE * fraction));
        int[] labels = labels(features, settings);
        Diarization diarization = Turns.from(features, labels);
        progress.reached(1);
        return diarization;
    }

    private static int[] labels(SpeechFeatures features, DiarizationSettings settings) {
        int[] labels = new int[features.frames()];
        Arrays.fill(labels, -1);
        List<Segment> segments = ChangeDetection.segments(features);
        List<Segment> clustered = new ArrayList<>();
        List<Gaussian> gaussians = new ArrayList<>();
        for (int pass = 0; pass < 2 && clustered.isEmpty(); pass++) {
            int least = pass == 0 ? MIN_CLUSTER_FRAMES : 1;
            for (Segment segment : segments) {
                Gaussian gaussian = Gaussian.of(features, segment.from(), segment.to());
                if (gaussian.count() >= least) {
                    clustered.add(segment);
                    gaussians.add(gaussian);
                }
            }
        }
        if (clustered.isEmpty()) {
            Arrays.fill(labels, 0);
            return labels;
        }
        int[] clusters = SpeakerClustering.cluster(gaussians, settings.minSpeakers(), settings.maxSpeakers());
        int speakers = dropMinor(clusters, gaussians, settings.minSpeakers());
        for (int i = 0; i < clustered.size(); i++) {
            if (clusters[i] >= 0) {
                Arrays.fill(labels, clustered.get(i).from(), clustered.get(i).to(), clusters[i]);
            }
        }
        if (speakers > 1) {
            Resegmentation.refine(features, labels, speakers);
        }
        fillUnplaced(labels);
        return labels;
    }

    /**
     * Dissolves clusters that hold less than {@value #MINOR_SHARE} of the clustered speech, smallest first, while
     * more than {@code minSpeakers} remain (their segments get -1 and are placed by resegmentation); these are
     * mostly segments that straddle a speaker change. Renumbers the rest 0, 1, ...
     *
     * @return the number of clusters left
     */
    private static int dropMinor(int[] clusters, List<Gaussian> gaussians, int minSpeakers) {
        int count = Arrays.stream(clusters).max().orElse(-1) + 1;
        double[] frames = new double[count];
        double total = 0;
        for (int i = 0; i < clusters.length; i++) {
            frames[clusters[i]] += gaussians.get(i).count();
            total += gaussians.get(i).count();
        }
        boolean[] dropped = new boolean[count];
        int left = count;
        while (left > minSpeakers) {
            int smallest = -1;
            for (int c = 0; c < count; c++) {
                if (!dropped[c] && (smallest < 0 || frames[c] < frames[smallest])) {
                    smallest = c;
                }
            }
            if (frames[smallest] >= MINOR_SHARE * total) {
                break;
            }
            dropped[smallest] = true;
            left--;
        }
        int[] renumbered = new int[count];
        int next = 0;
        for (int c = 0; c < count; c++) {
            renumbered[c] = dropped[c] ? -1 : next++;
        }
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = renumbered[clusters[i]];
        }
        return left;
    }

    /** Gives frames still without a speaker the speaker of the nearest placed frame. */
    private static void fillUnplaced(int[] labels) {
        int last = -1;
        for (int f = 0; f < labels.length; f++) {
            if (labels[f] >= 0) {
                for (int g = f - 1; g >= 0 && labels[g] < 0; g--) {
                    labels[g] = last < 0 || f - g <= g - last ? labels[f] : labels[last];
                }
                last = f;
            }
        }
        for (int f = last + 1; f < labels.length && last >= 0; f++) {
            labels[f] = labels[last];
        }
    }
}
