package dev.earshot.engine.intel.component;

import dev.earshot.engine.pipeline.RunCache;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.component.SpeechPass;
import dev.earshot.engine.speech.diarization.BicDiarizer;
import dev.earshot.engine.speech.diarization.Diarization;
import dev.earshot.engine.speech.diarization.DiarizationSettings;
import dev.earshot.engine.speech.diarization.SpeakerAttribution;
import dev.earshot.engine.speech.diarization.SpeakerTranscript;
import dev.earshot.engine.speech.diarization.SpeakerUtterance;
import dev.earshot.engine.speech.transcript.Transcript;

/**
 * The transcript and the speakers of a step's working audio, computed once per run: a later step of the same
 * run asking for the same audio with the same settings gets them from the run's {@link RunCache}. Progress: the
 * transcript takes the step from 0 to {@code transcribed}, the diarization from there to {@code diarized}.
 */
final class RunAnalysis {

    private final SpeechModels models;
    private final StepContext context;

    RunAnalysis(SpeechModels models, StepContext context) {
        this.models = models;
        this.context = context;
    }

    Transcript transcript(String language, double transcribed) {
        return new SpeechPass(models, context).transcript(context.working(), language, 0, transcribed);
    }

    /** The diarization of the working audio with {@code settings}, without a transcript. */
    Diarization diarization(DiarizationSettings settings, double from, double to) {
        PcmFile audio = context.working();
        Diarization diarization = context.cache().get(new DiarizationKey(audio, settings),
                () -> new BicDiarizer(models.voiceActivityDetector()).diarize(audio, settings, fraction -> {
                    context.checkpoint();
                    context.progress(from + (to - from) * fraction);
                }));
        context.progress(to);
        return diarization;
    }

    /** Every word of the transcript with its speaker. */
    SpeakerTranscript speakerTranscript(String language, DiarizationSettings settings, double transcribed,
                                        double diarized) {
        Transcript transcript = transcript(language, transcribed);
        return SpeakerAttribution.attribute(transcript, diarization(settings, transcribed, diarized));
    }

    /** The transcript with its utterances also cut at speaker turns. */
    static Transcript byTurns(SpeakerTranscript speakers, Transcript transcript) {
        return new Transcript(transcript.words(),
                speakers.utterances().stream().map(SpeakerUtterance::utterance).toList(), transcript.text(),
                transcript.language());
    }

    private record DiarizationKey(PcmFile audio, DiarizationSettings settings) implements RunCache.Key<Diarization> {
    }
}
