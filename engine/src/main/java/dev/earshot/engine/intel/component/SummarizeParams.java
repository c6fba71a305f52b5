package dev.earshot.engine.intel.component;

import dev.earshot.engine.language.summary.SummaryRequest;
import dev.earshot.engine.pipeline.ParamReader;
import java.util.List;

/**
 * Params of {@code summarize} (unknown keys are rejected).
 *
 * @param speech  {@code language} and {@code by_speaker} (see {@link SpeakerChoice})
 * @param request {@code max_sentences} (1 to 20, default 3) and {@code context} (an instruction for the LLM, at
 *                most 2000 characters)
 * @param method  {@code method}: {@code auto} (default: the LLM endpoint when configured, else extractive),
 *                {@code extractive} or {@code llm}
 */
record SummarizeParams(SpeakerChoice speech, SummaryRequest request, String method) {

    static final String AUTO = "auto";
    static final String EXTRACTIVE = "extractive";
    static final String LLM = "llm";

    static SummarizeParams read(ParamReader reader) {
        SpeakerChoice speech = SpeakerChoice.read(reader);
        int sentences = reader.integer("max_sentences", SummaryRequest.DEFAULT_SENTENCES,
                SummaryRequest.MIN_SENTENCES, SummaryRequest.MAX_SENTENCES);
        String context = reader.text("context", null);
        if (context != null && context.strip().length() > SummaryRequest.MAX_CONTEXT_CHARS) {
            reader.reject("context", "must be at most " + SummaryRequest.MAX_CONTEXT_CHARS + " characters, got "
                    + context.strip().length());
            context = null;
        }
        String method = reader.choice("method", AUTO, List.of(AUTO, EXTRACTIVE, LLM));
        reader.rejectUnknownKeys();
        return new SummarizeParams(speech, new SummaryRequest(sentences, context), method);
    }
}
