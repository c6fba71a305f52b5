package dev.earshot.engine.intel.component;

import dev.earshot.engine.intel.sentiment.Sentiment;
import dev.earshot.engine.intel.sentiment.TranscriptSentiment;
import dev.earshot.engine.intel.sentiment.UtteranceSentiment;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.component.MetricValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code sentiment}: POSITIVE, NEUTRAL or NEGATIVE with a score from -1 to 1 for every utterance and for the whole
 * recording (utterances weighted by length), scored on the recognized words by a published lexicon with rules for
 * negation ("not good"), intensifiers ("very") and contrast ("but"), which need no punctuation or capitals (see
 * {@code LexiconSentimentScorer}).
 *
 * <p>Params: {@code language}, {@code by_speaker} (see {@link SpeakerChoice}). Metrics:
 * <pre>{"overall": {"label": "NEGATIVE", "score": -0.412},
 *  "utterances": [{"start": 0.5, "end": 3.1, "text": "this is terrible", "label": "NEGATIVE", "score": -0.52,
 *                  "speaker": "S2"}, ...],
 *  "speakers": [{"speaker": "S1", "label": "POSITIVE", "score": 0.31}, ...]}</pre>
 * {@code speaker} and {@code speakers} only with {@code by_speaker}. The working audio is unchanged.
 */
final class SentimentAnalysis extends IntelComponent<SentimentParams> {

    static final String ID = "sentiment";


    SentimentAnalysis(SpeechModels models, IntelTools tools) {
        super(ID, SentimentParams::read, models, tools);
    }

    @Override
    public StepOutput run(StepContext context, SentimentParams params) {
        SpeakerChoice.Speech speech = params.speech().speech(analysis(context), 0.95);
        TranscriptSentiment scored = TranscriptSentiment.of(speech.transcript(), tools.sentiment());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("overall", sentiment(scored.overall()));
        metrics.put("utterances", scored.utterances().stream().map(u -> utterance(u, speech)).toList());
        if (params.speech().bySpeaker()) {
            metrics.put("speakers", speech.labels().stream().map(label -> speaker(label, speech)).toList());
        }
        context.progress(1);
        return StepOutput.metrics(metrics);
    }

    private Map<String, Object> speaker(String label, SpeakerChoice.Speech speech) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("speaker", label);
        map.putAll(sentiment(TranscriptSentiment.of(speech.of(label), tools.sentiment()).overall()));
        return map;
    }

    private static Map<String, Object> utterance(UtteranceSentiment scored, SpeakerChoice.Speech speech) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("start", MetricValues.seconds(scored.start()));
        map.put("end", MetricValues.seconds(scored.end()));
        map.put("text", scored.text());
        map.putAll(sentiment(scored.sentiment()));
        String speaker = speech.speakerOf(scored.index());
        if (speaker != null) {
            map.put("speaker", speaker);
        }
        return map;
    }

    static Map<String, Object> sentiment(Sentiment sentiment) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", sentiment.label().name());
        map.put("score", MetricValues.round(sentiment.score(), 3));
        return map;
    }
}
