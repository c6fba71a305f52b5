package dev.earshot.engine.speech.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cuts a transcript into readable captions: at most {@value #MAX_LINES} lines of at most
 * {@value #MAX_LINE_CHARS} characters (a single longer word gets a line of its own), at most
 * {@value #MAX_SECONDS} s from first word start to last word end, never across an utterance and never
 * across a pause longer than {@value #MAX_PAUSE_SECONDS} s. Two lines are balanced. A caption stays up at
 * least {@value #MIN_SECONDS} s when the next one leaves room.
 */
public final class Captions {

    public static final int MAX_LINE_CHARS = 42;
    public static final int MAX_LINES = 2;
    public static final double MAX_SECONDS = 6.0;
    public static final double MAX_PAUSE_SECONDS = 0.5;
    public static final double MIN_SECONDS = 1.0;

    private Captions() {
    }

    /** The captions of {@code transcript}, in time order, not overlapping. */
    public static List<Caption> of(Transcript transcript) {
        List<List<Word>> groups = new ArrayList<>();
        for (Utterance utterance : transcript.utterances()) {
            List<Word> current = new ArrayList<>();
            for (Word word : utterance.words()) {
                if (!current.isEmpty() && !fits(current, word)) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                current.add(word);
            }
            groups.add(current);
        }
        List<Caption> captions = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            List<Word> words = groups.get(i);
            double start = words.get(0).start();
            double nextStart = i + 1 < groups.size() ? groups.get(i + 1).get(0).start() : Double.MAX_VALUE;
            double end = Math.max(words.get(words.size() - 1).end(), Math.min(start + MIN_SECONDS, nextStart));
            captions.add(new Caption(start, Math.max(start, Math.min(end, nextStart)), lines(texts(words))));
        }
        return captions;
    }

    private static boolean fits(List<Word> current, Word next) {
        Word first = current.get(0);
        Word last = current.get(current.size() - 1);
        if (next.end() - first.start() > MAX_SECONDS || next.start() - last.end() > MAX_PAUSE_SECONDS) {
            return false;
        }
        List<String> texts = texts(current);
        texts.add(next.text());
        List<String> lines = lines(texts);
        return lines.size() <= MAX_LINES && lines.stream().allMatch(line -> line.length() <= MAX_LINE_CHARS);
    }

    /** One line if it fits, else the two-line split with the shortest longer line, else greedy wrapping. */
    static List<String> lines(List<String> words) {
        String all = String.join(" ", words);
        if (all.length() <= MAX_LINE_CHARS || words.size() == 1) {
            return List.of(all);
        }
        int bestSplit = -1;
        int bestLength = Integer.MAX_VALUE;
        for (int split = 1; split < words.size(); split++) {
            int longer = Math.max(String.join(" ", words.subList(0, split)).length(),
                    String.join(" ", words.subList(split, words.size())).length());
            if (longer < bestLength) {
                bestLength = longer;
                bestSplit = split;
            }
        }
        if (bestLength <= MAX_LINE_CHARS) {
            return List.of(String.join(" ", words.subList(0, bestSplit)),
                    String.join(" ", words.subList(bestSplit, words.size())));
        }
        return greedy(words);
    }

    private static List<String> greedy(List<String> words) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (line.length() > 0 && line.length() + 1 + word.length() > MAX_LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).collect(Collectors.toCollection(ArrayList::new));
    }
}
