package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.TranscriptFormat;
import dev.earshot.engine.speech.transcript.Utterance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code transcribe} (an id Earshot adds to seed 004's catalog): speech to text with word timings, by the
 * Vosk English model (see {@code VoskTranscriber}: the audio is read as 16 kHz mono, cut at silences found by
 * Silero VAD and recognized on every core). Audio the VAD does not hear as speech gives no words.
 *
 * <p>Params: {@code language} (string, default {@code "en"}; {@code en-US}, {@code en-GB}, {@code eng} and
 * {@code english} also select the English model; any other language rejects the plan with a 400 naming the
 * supported languages). Unknown keys are rejected.
 *
 * <p>Metrics (times in seconds from the start of the working audio, rounded to the millisecond):
 * <pre>{"text": "the weather is nice today please send me a report before noon ...",
 *  "language": "en",
 *  "duration_seconds": 8.455,
 *  "word_count": 20,
 *  "words": [{"text": "the", "start": 0.494, "end": 0.644, "confidence": 1.0}, ...],
 *  "utterances": [{"start": 0.494, "end": 1.964, "text": "the weather is nice today"}, ...]}</pre>
 * {@code text}: the utterances joined by single spaces (lower case, no punctuation; empty when nothing was
 * recognized). {@code duration_seconds}: length of the working audio. {@code confidence}: Vosk's word
 * confidence, 0 to 1. Utterances are the words grouped at pauses longer than 0.7 s.
 *
 * <p>Artifacts (files named {@code transcript.<name>} in the run's folder): {@code json}
 * ({@code {"language", "text", "words", "utterances"}} as in the metrics, each utterance also listing its words;
 * application/json), {@code txt} (one utterance per line; text/plain), {@code srt} (application/x-subrip) and
 * {@code vtt} (text/vtt): captions of at most 2 lines of 42 characters and 6 s, split at pauses over 0.5 s.
 * Metrics only with respect to audio: the working audio is unchanged.
 */
public final class Transcription implements Component<TranscriptionParams> {

    public static final String ID = "transcribe";

    private final SpeechModels models;

    /** @param models gives the shared transcriber, loaded on the first run */
    public Transcription(SpeechModels models) {
        this.models = models;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TranscriptionParams parseParams(ParamReader params) {
        return TranscriptionParams.read(params);
    }

    @Override
    public Set<NativeCapability> natives(TranscriptionParams params) {
        return NativeCapability.TRANSCRIPTION;
    }

    @Override
    public StepOutput run(StepContext context, TranscriptionParams params) {
        Transcript transcript = new SpeechPass(models, context)
                .transcript(context.working(), params.language(), 0, 0.95);
        List<Artifact> artifacts = new ArrayList<>();
        for (TranscriptFormat format : TranscriptFormat.values()) {
            context.checkpoint();
            artifacts.add(write(transcript, format, context.newFile("transcript." + format.extension())));
        }
        context.progress(1);
        return StepOutput.metricsWithArtifacts(metrics(transcript, context.working().durationSeconds()), artifacts);
    }

    static Map<String, Object> metrics(Transcript transcript, double durationSeconds) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("text", transcript.text());
        metrics.put("language", transcript.language());
        metrics.put("duration_seconds", MetricValues.seconds(durationSeconds));
        metrics.put("word_count", transcript.words().size());
        metrics.put("words", transcript.words().stream().map(MetricValues::word).toList());
        metrics.put("utterances", transcript.utterances().stream().map(Transcription::utterance).toList());
        return metrics;
    }

    private static Map<String, Object> utterance(Utterance utterance) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("start", MetricValues.seconds(utterance.start()));
        map.put("end", MetricValues.seconds(utterance.end()));
        map.put("text", utterance.text());
        return map;
    }

    private static Artifact write(Transcript transcript, TranscriptFormat format, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            format.write(transcript, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the transcript to " + file, e);
        }
        return new Artifact(format.extension(), file, format.mediaType());
    }
}
