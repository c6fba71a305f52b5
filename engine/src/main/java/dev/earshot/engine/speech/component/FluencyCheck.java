package dev.earshot.engine.speech.component;

import dev.earshot.engine.audio.PcmFile;
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
 * {@code speech_fluency_check} (a planned id of seed 004): how fluently the working audio is spoken, from its
 * transcript (Vosk English, as {@code transcribe}) and its speech time (Silero VAD, as
 * {@code speech_duration_measurement}), with pass/fail against thresholds. Params: see {@link FluencyParams}.
 *
 * <p>Metrics (seconds rounded to the millisecond, rates to 0.1, ratios to 3 decimals):
 * <ul>
 * <li>{@code duration_seconds}: length of the working audio; {@code speech_seconds}: total length of the VAD
 * speech segments; {@code speech_ratio}: speech_seconds / duration_seconds (0 to 1).</li>
 * <li>{@code word_count}: recognized words. {@code words_per_minute}: words per minute over the whole duration
 * (silence included; the rate the thresholds judge). {@code speech_words_per_minute}: words per minute of VAD
 * speech time (pauses excluded, an articulation rate; 0 without speech).</li>
 * <li>{@code pause_count}, {@code pause_mean_seconds}, {@code pause_longest_seconds},
 * {@code pause_total_seconds}: silences of at least {@code min_pause_ms} between two consecutive words (see
 * {@link Pauses}).</li>
 * <li>{@code filler_count}, {@code filler_ratio} (fillers / words), {@code fillers}: list of
 * {@code {"text", "start", "end"}}. Fillers are the whole words uh, um, uhm, umm, er, erm, ah, eh, hmm, hm,
 * mm, mhm, the pairs "you know" and "i mean" (one filler each), and "like" when {@code count_like} is true (see
 * {@link FillerWords}; the small Vosk model seldom writes hesitations, so counts are a lower bound).</li>
 * <li>{@code passed}: true when no check failed; {@code failures}: one {@code {"check", "value", "limit"}}
 * per failed check, {@code check} being the param's name: {@code min_words_per_minute} (words_per_minute
 * below it), {@code max_words_per_minute} (above it), {@code max_pause_seconds} (longest pause above it),
 * {@code max_filler_ratio} (filler_ratio above it).</li>
 * </ul>
 * Audio without recognized words has a rate of 0, so it fails {@code min_words_per_minute} unless that is 0.
 * Metrics only: the working audio is unchanged.
 */
public final class FluencyCheck implements Component<FluencyParams> {

    public static final String ID = "speech_fluency_check";

    private final SpeechModels models;

    /** @param models gives the shared VAD and transcriber, loaded on the first run */
    public FluencyCheck(SpeechModels models) {
        this.models = models;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public FluencyParams parseParams(ParamReader params) {
        return FluencyParams.read(params);
    }

    @Override
    public Set<NativeCapability> natives(FluencyParams params) {
        return NativeCapability.TRANSCRIPTION;
    }

    @Override
    public StepOutput run(StepContext context, FluencyParams params) {
        SpeechPass pass = new SpeechPass(models, context);
        PcmFile audio = context.working();
        double speech = pass.speech(audio, params.vad().settings(), 0, 0.1).stream()
                .mapToDouble(TimeRange::length).sum();
        List<Word> words = pass.transcript(audio, params.language(), 0.1, 1).words();
        return StepOutput.metrics(metrics(words, speech, audio.durationSeconds(), params));
    }

    static Map<String, Object> metrics(List<Word> words, double speechSeconds, double duration,
                                       FluencyParams params) {
        double wordsPerMinute = MetricValues.ratio(words.size() * 60.0, duration);
        Pauses pauses = Pauses.of(words, params.minPauseMs() / 1000.0);
        List<Word> fillers = FillerWords.find(words, params.countLike());
        double fillerRatio = MetricValues.ratio(fillers.size(), words.size());
        List<Map<String, Object>> failures = failures(wordsPerMinute, pauses.longestSeconds(), fillerRatio, params);

        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("duration_seconds", MetricValues.seconds(duration));
        metrics.put("speech_seconds", MetricValues.seconds(speechSeconds));
        metrics.put("speech_ratio", MetricValues.round(MetricValues.ratio(speechSeconds, duration), 3));
        metrics.put("word_count", words.size());
        metrics.put("words_per_minute", MetricValues.round(wordsPerMinute, 1));
        double speechRate = MetricValues.ratio(words.size() * 60.0, speechSeconds);
        metrics.put("speech_words_per_minute", MetricValues.round(speechRate, 1));
        metrics.put("pause_count", pauses.count());
        metrics.put("pause_mean_seconds", MetricValues.seconds(pauses.meanSeconds()));
        metrics.put("pause_longest_seconds", MetricValues.seconds(pauses.longestSeconds()));
        metrics.put("pause_total_seconds", MetricValues.seconds(pauses.totalSeconds()));
        metrics.put("filler_count", fillers.size());
        metrics.put("filler_ratio", MetricValues.round(fillerRatio, 3));
        metrics.put("fillers", fillers.stream().map(MetricValues::timedWord).toList());
        metrics.put("passed", failures.isEmpty());
        metrics.put("failures", failures);
        return metrics;
    }

    private static List<Map<String, Object>> failures(double wordsPerMinute, double longestPause, double fillerRatio,
                                                      FluencyParams params) {
        List<Map<String, Object>> failures = new ArrayList<>();
        check(failures, "min_words_per_minute", wordsPerMinute, params.minWordsPerMinute(),
                wordsPerMinute < params.minWordsPerMinute());
        check(failures, "max_words_per_minute", wordsPerMinute, params.maxWordsPerMinute(),
                wordsPerMinute > params.maxWordsPerMinute());
        check(failures, "max_pause_seconds", longestPause, params.maxPauseSeconds(),
                longestPause > params.maxPauseSeconds());
        check(failures, "max_filler_ratio", fillerRatio, params.maxFillerRatio(),
                fillerRatio > params.maxFillerRatio());
        return failures;
    }

    private static void check(List<Map<String, Object>> failures, String check, double value, double limit,
                              boolean failed) {
        if (failed) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("check", check);
            failure.put("value", MetricValues.round(value, 3));
            failure.put("limit", limit);
            failures.add(failure);
        }
    }
}
