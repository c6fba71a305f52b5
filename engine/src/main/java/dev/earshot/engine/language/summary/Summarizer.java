package dev.earshot.engine.language.summary;

import dev.earshot.engine.speech.transcript.Transcript;
import java.util.List;

/** Summarizes what was said. Implementations are thread-safe. */
public interface Summarizer {

    /** The summary of {@code sentences} (in time order; see {@link Sentences}). */
    Summary summarize(List<Sentence> sentences, SummaryRequest request);

    /** The summary of {@code transcript}, cut into sentences by {@link Sentences#of(Transcript)}. */
    default Summary summarize(Transcript transcript, SummaryRequest request) {
        return summarize(Sentences.of(transcript), request);
    }
}
