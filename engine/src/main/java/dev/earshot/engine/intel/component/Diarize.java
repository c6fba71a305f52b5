package dev.earshot.engine.intel.component;

import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.component.MetricValues;
import dev.earshot.engine.speech.diarization.Diarization;
import dev.earshot.engine.speech.diarization.SpeakerAttribution;
import dev.earshot.engine.speech.diarization.SpeakerTranscript;
import dev.earshot.engine.speech.diarization.SpeakerTurn;
import dev.earshot.engine.speech.diarization.SpeakerUtterance;
import dev.earshot.engine.speech.diarization.SpeakerWord;
import dev.earshot.engine.speech.transcript.Transcript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code diarize}: who spoke when, and who said each word. Speech regions from Silero VAD, MFCC features with
 * deltas, speaker changes found by the Bayesian information criterion, agglomerative clustering that stops by the
 * same criterion (or at the count asked for), then resegmentation (see {@code BicDiarizer}). Every word of the
 * transcript gets the speaker whose turn covers most of it; utterances are cut at pauses and at speaker changes.
 * Overlapping voices are not separated: the speaker whose model fits the sound best holds the turn.
 *
 * <p>Params: {@code language} (as {@code transcribe}), {@code num_speakers}, {@code min_speakers},
 * {@code max_speakers} (1 to 10, optional). Metrics (seconds to the millisecond):
 * <pre>{"speaker_count": 2,
 *  "speakers": [{"speaker": "S1", "speaking_seconds": 12.34, "word_count": 30}, ...],
 *  "turns": [{"speaker": "S1", "start": 0.31, "end": 3.52}, ...],
 *  "utterances": [{"speaker": "S1", "start": 0.5, "end": 3.4, "text": "thank you for calling"}, ...],
 *  "words": [{"text": "thank", "start": 0.5, "end": 0.7, "confidence": 1.0, "speaker": "S1"}, ...]}</pre>
 * Artifacts: {@code rttm} (the turns in NIST RTTM, recording id {@code audio}; text/plain) and {@code json}
 * (the same object as the metrics; application/json). The working audio is unchanged.
 */
final class Diarize extends IntelComponent<DiarizeParams> {

    static final String ID = "diarize";
    private static final double TRANSCRIBED = 0.7;


    Diarize(SpeechModels models, IntelTools tools) {
        super(ID, DiarizeParams::read, models, tools);
    }

    @Override
    public StepOutput run(StepContext context, DiarizeParams params) {
        RunAnalysis analysis = analysis(context);
        Transcript transcript = analysis.transcript(params.language(), TRANSCRIBED);
        Diarization diarization = analysis.diarization(params.settings(), TRANSCRIBED, 1);
        SpeakerTranscript speakers = SpeakerAttribution.attribute(transcript, diarization);
        Map<String, Object> metrics = metrics(diarization, speakers);
        List<Artifact> artifacts = List.of(
                TextArtifacts.write(context, "speakers.rttm", "rttm", diarization.toRttm("audio"), "text/plain"),
                TextArtifacts.json(context, "speakers.json", "json", metrics));
        return StepOutput.metricsWithArtifacts(metrics, artifacts);
    }

    static Map<String, Object> metrics(Diarization diarization, SpeakerTranscript speakers) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("speaker_count", diarization.speakerCount());
        metrics.put("speakers", diarization.speakers().stream().map(s -> speaker(s, diarization, speakers)).toList());
        metrics.put("turns", diarization.turns().stream().map(Diarize::turn).toList());
        metrics.put("utterances", speakers.utterances().stream().map(Diarize::utterance).toList());
        metrics.put("words", speakers.words().stream().map(Diarize::word).toList());
        return metrics;
    }

    private static Map<String, Object> speaker(String label, Diarization diarization, SpeakerTranscript speakers) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("speaker", label);
        map.put("speaking_seconds", MetricValues.seconds(diarization.turns().stream()
                .filter(t -> t.speaker().equals(label)).mapToDouble(SpeakerTurn::duration).sum()));
        map.put("word_count", speakers.words().stream().filter(w -> w.speaker().equals(label)).count());
        return map;
    }

    private static Map<String, Object> turn(SpeakerTurn turn) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("speaker", turn.speaker());
        map.put("start", MetricValues.seconds(turn.start()));
        map.put("end", MetricValues.seconds(turn.end()));
        return map;
    }

    static Map<String, Object> utterance(SpeakerUtterance utterance) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("speaker", utterance.speaker());
        map.put("start", MetricValues.seconds(utterance.start()));
        map.put("end", MetricValues.seconds(utterance.end()));
        map.put("text", utterance.text());
        return map;
    }

    private static Map<String, Object> word(SpeakerWord word) {
        Map<String, Object> map = MetricValues.word(word.word());
        map.put("speaker", word.speaker());
        return map;
    }
}
