package dev.earshot.engine.speech.component;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.error.StepRejectedException;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code speech_similarity} (a planned id of seed 004; the request needs at least two files): how alike the
 * first two uploaded files ({@code inputs[0]} and {@code inputs[1]}, as uploaded, whatever earlier steps did
 * to the working audio) are as speakers and in what they say. Params: see {@link SimilarityParams}.
 *
 * <p>Method. Speaker: Silero VAD finds each file's speech; {@link SpeakerProfile} fits a diagonal Gaussian to
 * MFCC 1 to 19 (30 mel bands, 60 to 4,000 Hz, 32 ms frames every 10 ms) of the speech frames, and the score is
 * the Bhattacharyya coefficient of the two Gaussians (1 for identical statistics, towards 0 as they stop
 * overlapping). It reflects voice and channel; no speaker-embedding model exists offline here, so it is not a
 * voice biometric, and a few seconds of speech give lower same-speaker scores than minutes do. Measured on the
 * espeak-ng test fixtures (about 5 s of speech each): one base voice with two accents and other sentences
 * 0.862, a male against a female voice 0.158; single sentences (1.5 s) of one voice against each other 0.47 to
 * 0.96. Content: the Dice coefficient of the two transcripts' word multisets
 * ({@link ContentSimilarity}; Vosk English). Overall: the mean of the two.
 *
 * <p>Metrics:
 * <pre>{"speaker_similarity": 0.862, "speaker_method": "mfcc_bhattacharyya",
 *  "content_similarity": 0.195, "content_method": "word_multiset_f1",
 *  "similarity": 0.528, "reason": null,
 *  "inputs": [{"index": 0, "duration_seconds": 8.455, "speech_seconds": 5.716, "word_count": 20},
 *             {"index": 1, "duration_seconds": 8.438, "speech_seconds": 6.356, "word_count": 21}]}</pre>
 * Scores are 0 to 1 with 3 decimals. When either file has less than {@value #MIN_SPEECH_SECONDS} s of audible
 * speech, every score is null, {@code reason} names the file(s) and nothing is transcribed ({@code word_count}
 * null); when neither transcript has a word, {@code content_similarity} and {@code similarity} are null with a
 * reason. Metrics only: the working audio is unchanged.
 */
public final class SpeechSimilarity implements Component<SimilarityParams> {

    public static final String ID = "speech_similarity";

    /** Least audible speech per file, in seconds, for a speaker comparison. */
    public static final double MIN_SPEECH_SECONDS = 0.5;

    static final String SPEAKER_METHOD = "mfcc_bhattacharyya";

    private static final double FRAMES_PER_SECOND = 100;

    private final SpeechModels models;

    /** @param models gives the shared VAD and transcriber, loaded on the first run */
    public SpeechSimilarity(SpeechModels models) {
        this.models = models;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SimilarityParams parseParams(ParamReader params) {
        return SimilarityParams.read(params);
    }

    @Override
    public Set<NativeCapability> natives(SimilarityParams params) {
        return NativeCapability.TRANSCRIPTION;
    }

    @Override
    public StepOutput run(StepContext context, SimilarityParams params) {
        if (context.inputs().size() < 2) {
            throw new StepRejectedException(ID, context.stepIndex(), "needs two uploaded files, got "
                    + context.inputs().size());
        }
        SpeechPass pass = new SpeechPass(models, context);
        List<PcmFile> files = context.inputs().subList(0, 2);
        List<Double> speech = new ArrayList<>();
        List<SpeakerProfile> profiles = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            double offset = 0.15 * i;
            List<TimeRange> segments = pass.speech(files.get(i), params.vad().settings(), offset, offset + 0.05);
            BlockListener listener = BlockListener.of(context).span(offset + 0.05, offset + 0.15);
            speech.add(segments.stream().mapToDouble(TimeRange::length).sum());
            profiles.add(SpeakerProfile.of(files.get(i), segments, listener));
        }
        String silent = silentInputs(profiles);
        if (silent != null) {
            return StepOutput.metrics(metrics(null, null, "no speech detected in " + silent, files, speech, null));
        }
        List<List<Word>> words = List.of(pass.transcript(files.get(0), params.language(), 0.3, 0.65).words(),
                pass.transcript(files.get(1), params.language(), 0.65, 1).words());
        double content = ContentSimilarity.of(words.get(0), words.get(1));
        String reason = Double.isNaN(content) ? "no words recognized in either input" : null;
        return StepOutput.metrics(metrics(profiles.get(0).similarity(profiles.get(1)),
                Double.isNaN(content) ? null : content, reason, files, speech, words));
    }

    private static String silentInputs(List<SpeakerProfile> profiles) {
        List<String> silent = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).frames() < MIN_SPEECH_SECONDS * FRAMES_PER_SECOND) {
                silent.add("inputs[" + i + "]");
            }
        }
        return silent.isEmpty() ? null : String.join(" and ", silent);
    }

    private static Map<String, Object> metrics(Double speaker, Double content, String reason, List<PcmFile> files,
                                               List<Double> speech, List<List<Word>> words) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("speaker_similarity", score(speaker));
        metrics.put("speaker_method", SPEAKER_METHOD);
        metrics.put("content_similarity", score(content));
        metrics.put("content_method", ContentSimilarity.METHOD);
        metrics.put("similarity", speaker == null || content == null ? null : score((speaker + content) / 2));
        metrics.put("reason", reason);
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("index", i);
            input.put("duration_seconds", MetricValues.seconds(files.get(i).durationSeconds()));
            input.put("speech_seconds", MetricValues.seconds(speech.get(i)));
            input.put("word_count", words == null ? null : words.get(i).size());
            inputs.add(input);
        }
        metrics.put("inputs", inputs);
        return metrics;
    }

    private static Double score(Double value) {
        return value == null ? null : MetricValues.round(value, 3);
    }
}
