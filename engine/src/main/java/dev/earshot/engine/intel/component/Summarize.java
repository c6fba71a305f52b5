package dev.earshot.engine.intel.component;

import dev.earshot.engine.language.llm.LlmSettings;
import dev.earshot.engine.language.summary.ExtractiveSummarizer;
import dev.earshot.engine.language.summary.Sentence;
import dev.earshot.engine.language.summary.Sentences;
import dev.earshot.engine.language.summary.Summarizer;
import dev.earshot.engine.language.summary.Summary;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.component.MetricValues;
import dev.earshot.engine.speech.diarization.SpeakerWord;
import dev.earshot.engine.speech.transcript.Word;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code summarize}: a short summary of what was said. Extractive by default: the transcript is cut into sentences
 * at pauses and speaker turns, ranked by TextRank over shared content words, and the best are given back in time
 * order (see {@code ExtractiveSummarizer}); an extractive summary cannot follow a {@code context} instruction. With
 * an OpenAI-compatible endpoint configured, {@code auto} and {@code llm} ask it for an abstractive summary that
 * follows {@code context}; {@code llm} without an endpoint cannot run here (501 before anything runs).
 *
 * <p>Params: {@code language}, {@code by_speaker}, {@code max_sentences}, {@code context}, {@code method} (see
 * {@link SummarizeParams}). Metrics:
 * <pre>{"summary": "i was charged twice for my order ...", "method": "textrank", "context_used": false,
 *  "sentences": [{"start": 3.2, "end": 7.9, "text": "i was charged twice for my order", "speaker": "S2"}]}</pre>
 * {@code method} is {@code textrank} or {@code llm}; {@code sentences} (the extracted ones, {@code speaker} with
 * {@code by_speaker}) is empty for an LLM summary. Artifact {@code txt}: the summary (text/plain). The working
 * audio is unchanged.
 */
final class Summarize extends IntelComponent<SummarizeParams> {

    static final String ID = "summarize";

    private final Summarizer extractive = new ExtractiveSummarizer();

    Summarize(SpeechModels models, IntelTools tools) {
        super(ID, SummarizeParams::read, models, tools);
    }

    @Override
    public Optional<String> unavailableBecause(SummarizeParams params) {
        if (SummarizeParams.LLM.equals(params.method()) && tools.llmSummarizer().isEmpty()) {
            return Optional.of("an LLM summary needs an endpoint: " + LlmSettings.HOW_TO_CONFIGURE
                    + "; or use method \"extractive\"");
        }
        return Optional.empty();
    }

    @Override
    public StepOutput run(StepContext context, SummarizeParams params) {
        SpeakerChoice.Speech speech = params.speech().speech(analysis(context), 0.8);
        Summarizer summarizer = SummarizeParams.EXTRACTIVE.equals(params.method())
                ? extractive : tools.llmSummarizer().orElse(extractive);
        Summary summary = summarizer.summarize(sentences(speech), params.request());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("summary", summary.text());
        metrics.put("method", summary.method());
        metrics.put("context_used", params.request().context() != null && Summary.LLM.equals(summary.method()));
        metrics.put("sentences", summary.sentences().stream().map(Summarize::sentence).toList());
        context.progress(1);
        return StepOutput.metricsWithArtifacts(metrics,
                List.of(TextArtifacts.write(context, "summary.txt", "txt", summary.text() + "\n", "text/plain")));
    }

    private static List<Sentence> sentences(SpeakerChoice.Speech speech) {
        if (speech.speakers() == null) {
            return Sentences.of(speech.transcript());
        }
        Map<Word, String> speakerOf = new HashMap<>();
        for (SpeakerWord word : speech.speakers().words()) {
            speakerOf.put(word.word(), word.speaker());
        }
        return Sentences.of(speech.transcript(), speakerOf::get);
    }

    private static Map<String, Object> sentence(Sentence sentence) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("start", MetricValues.seconds(sentence.start()));
        map.put("end", MetricValues.seconds(sentence.end()));
        map.put("text", sentence.text());
        if (sentence.speaker() != null) {
            map.put("speaker", sentence.speaker());
        }
        return map;
    }
}
