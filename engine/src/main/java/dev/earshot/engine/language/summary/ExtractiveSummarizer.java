package dev.earshot.engine.language.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Summarizes by choosing the transcript's own sentences: ranks them with {@link TextRank}, keeps the best
 * {@link SummaryRequest#maxSentences()} and returns them in time order with their times and speakers. Ties go
 * to the earlier sentence. With a {@link SummaryRequest#context() context} the ranking is biased TextRank: the
 * random jump lands on each sentence in proportion to the cosine similarity of its content words with the
 * context's, so sentences about what the context names (and sentences close to them) rank first; a context
 * that shares no word with the transcript, or has stop words only, changes nothing. The prose
 * text is the chosen sentences, each capitalized and ended with a full stop. Stop words are English. Local,
 * deterministic and fast; it cannot rephrase or merge sentences (see {@link LlmSummarizer} for that).
 */
public final class ExtractiveSummarizer implements Summarizer {

    @Override
    public Summary summarize(List<Sentence> sentences, SummaryRequest request) {
        if (sentences.isEmpty()) {
            return new Summary("", List.of(), Summary.TEXTRANK);
        }
        List<Map<String, Integer>> terms = sentences.stream().map(s -> Terms.of(s.text())).collect(Collectors.toList());
        double[] score = rank(terms, request.context());
        List<Sentence> chosen = IntStream.range(0, sentences.size()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i))
                .limit(request.maxSentences())
                .sorted()
                .map(sentences::get)
                .collect(Collectors.toList());
        return new Summary(prose(chosen), chosen, Summary.TEXTRANK);
    }

    private static double[] rank(List<Map<String, Integer>> terms, String context) {
        Map<String, Integer> contextTerms = context == null ? Map.of() : Terms.of(context);
        double[] bias = new double[terms.size()];
        for (int i = 0; i < bias.length; i++) {
            bias[i] = contextTerms.isEmpty() ? 1 : Terms.cosine(terms.get(i), contextTerms);
        }
        return TextRank.scores(terms, bias);
    }

    private static String prose(List<Sentence> sentences) {
        List<String> parts = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            String text = sentence.text().strip();
            parts.add(text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1)
                    + (text.matches(".*[.!?]$") ? "" : "."));
        }
        return String.join(" ", parts);
    }
}
