package dev.earshot.engine.speech.component;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.StepRejectedException;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.SpeechProgress;
import dev.earshot.engine.speech.TranscriptionSettings;
import dev.earshot.engine.speech.UnsupportedLanguageException;
import dev.earshot.engine.speech.VadSettings;
import dev.earshot.engine.speech.transcript.Transcript;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the shared speech models for one step: the step's run is checked for cancellation between blocks, its
 * progress covers the part [{@code from}, {@code to}] given by the caller, temporary files go to the run's work
 * folder, and a language without a model is the request's fault ({@link StepRejectedException}).
 */
final class SpeechPass {

    private final SpeechModels models;
    private final StepContext context;

    SpeechPass(SpeechModels models, StepContext context) {
        this.models = models;
        this.context = context;
    }

    /** The transcript of {@code audio} in {@code language}, on every core. */
    Transcript transcript(PcmFile audio, String language, double from, double to) {
        Path workDir = context.newFile("speech").toAbsolutePath().getParent();
        TranscriptionSettings settings = TranscriptionSettings.defaults().withLanguage(language).withWorkDir(workDir);
        try {
            return models.transcriber().transcribe(audio, settings, progress(from, to));
        } catch (UnsupportedLanguageException e) {
            throw new StepRejectedException(context.componentId(), context.stepIndex(), e.getMessage());
        }
    }

    /** The speech segments of {@code audio}, in seconds, in time order. */
    List<TimeRange> speech(PcmFile audio, VadSettings settings, double from, double to) {
        return models.voiceActivityDetector().detect(audio, settings, progress(from, to));
    }

    private SpeechProgress progress(double from, double to) {
        return fraction -> {
            context.checkpoint();
            context.progress(from + (to - from) * fraction);
        };
    }
}
