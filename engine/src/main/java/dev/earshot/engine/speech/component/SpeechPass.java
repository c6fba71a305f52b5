package dev.earshot.engine.speech.component;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.StepRejectedException;
import dev.earshot.engine.pipeline.RunCache;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.SpeechProgress;
import dev.earshot.engine.speech.Transcriber;
import dev.earshot.engine.speech.TranscriptionSettings;
import dev.earshot.engine.speech.UnsupportedLanguageException;
import dev.earshot.engine.speech.VadSettings;
import dev.earshot.engine.speech.VoiceActivityDetector;
import dev.earshot.engine.speech.transcript.Transcript;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the shared speech models for one step: the step's run is checked for cancellation between blocks, its
 * progress covers the part [{@code from}, {@code to}] given by the caller, temporary files go to the run's work
 * folder, and a language without a model is the request's fault ({@link StepRejectedException}).
 *
 * <p>Transcripts and speech segments go to the run's {@link RunCache}, keyed by the audio file and every setting
 * they depend on, so a later step of the same run that asks for the same audio with the same settings (say
 * {@code transcribe} after {@code speech_fluency_check}) gets them without running the models again. A step
 * that changed the working audio in between made a new file, which misses.
 */
public final class SpeechPass {

    private final Supplier<Transcriber> transcriber;
    private final Supplier<VoiceActivityDetector> detector;
    private final StepContext context;

    public SpeechPass(SpeechModels models, StepContext context) {
        this(models::transcriber, models::voiceActivityDetector, context);
    }

    /** The models are asked for only when the run's cache misses (loading them on first use). */
    SpeechPass(Supplier<Transcriber> transcriber, Supplier<VoiceActivityDetector> detector, StepContext context) {
        this.transcriber = transcriber;
        this.detector = detector;
        this.context = context;
    }

    /** The transcript of {@code audio} in {@code language}, on every core. */
    public Transcript transcript(PcmFile audio, String language, double from, double to) {
        Path workDir = context.newFile("speech").toAbsolutePath().getParent();
        TranscriptionSettings settings = TranscriptionSettings.defaults().withLanguage(language).withWorkDir(workDir);
        try {
            return cached(new TranscriptKey(audio, settings.withWorkDir(null)), to,
                    () -> transcriber.get().transcribe(audio, settings, progress(from, to)));
        } catch (UnsupportedLanguageException e) {
            throw new StepRejectedException(context.componentId(), context.stepIndex(), e.getMessage());
        }
    }

    /** The speech segments of {@code audio}, in seconds, in time order. */
    public List<TimeRange> speech(PcmFile audio, VadSettings settings, double from, double to) {
        return cached(new SpeechKey(audio, settings), to,
                () -> detector.get().detect(audio, settings, progress(from, to)));
    }

    private <V> V cached(RunCache.Key<V> key, double to, Supplier<V> compute) {
        V value = context.cache().get(key, compute);
        context.progress(to);
        return value;
    }

    private SpeechProgress progress(double from, double to) {
        return fraction -> {
            context.checkpoint();
            context.progress(from + (to - from) * fraction);
        };
    }

    /** A transcript depends on the audio and the settings that shape it (language, workers, chunk length). */
    private record TranscriptKey(PcmFile audio, TranscriptionSettings settings) implements RunCache.Key<Transcript> {
    }

    /** Speech segments depend on the audio and the VAD settings. */
    private record SpeechKey(PcmFile audio, VadSettings settings) implements RunCache.Key<List<TimeRange>> {
    }
}
