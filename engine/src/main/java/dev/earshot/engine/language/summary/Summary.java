package dev.earshot.engine.language.summary;

import java.util.List;

/**
 * A summary of a transcript.
 *
 * @param text      the summary as prose; empty when the transcript has no words
 * @param sentences for an extractive summary, the sentences chosen, in time order with their times; empty for an
 *                  LLM summary (its sentences are written anew and have no place in the audio)
 * @param method    {@value #TEXTRANK} or {@value #LLM}
 */
public record Summary(String text, List<Sentence> sentences, String method) {

    public static final String TEXTRANK = "textrank";
    public static final String LLM = "llm";

    public Summary {
        sentences = List.copyOf(sentences);
    }
}
