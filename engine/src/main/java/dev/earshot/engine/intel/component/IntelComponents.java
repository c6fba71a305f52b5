package dev.earshot.engine.intel.component;

import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.speech.SpeechModels;
import java.util.List;

/** The conversation-intelligence components, for a {@code ComponentRegistry}. */
public final class IntelComponents {

    /** The ids, in the order {@link #all} gives them. */
    public static final List<String> IDS = List.of(Diarize.ID, SentimentAnalysis.ID, Summarize.ID, PiiDetection.ID,
            PiiRedaction.ID, LanguageDetection.ID, TextTranslation.ID, Paraphrasing.ID);

    private IntelComponents() {
    }

    /** Every intelligence component, sharing {@code models} and {@code tools}. */
    public static List<Component<?>> all(SpeechModels models, IntelTools tools) {
        return List.of(new Diarize(models, tools), new SentimentAnalysis(models, tools), new Summarize(models, tools),
                new PiiDetection(models, tools), new PiiRedaction(models, tools), new LanguageDetection(models, tools),
                new TextTranslation(models, tools), new Paraphrasing(models, tools));
    }
}
