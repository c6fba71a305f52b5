package dev.earshot.engine.intel;

import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One turn of a synthesized call, as listed in the fixture's {@code .tsv} (speaker, start, end, sentence).
 *
 * @param start in seconds
 * @param end   in seconds
 */
record CallTurn(String speaker, double start, double end, String text) {

    /** The turns of a {@code speaker start end text} table with a header line. */
    static List<CallTurn> parse(String table) {
        List<CallTurn> turns = new ArrayList<>();
        for (String line : table.split("\n")) {
            String[] cells = line.split("\t");
            if (!line.isBlank() && !cells[0].equals("speaker")) {
                turns.add(new CallTurn(cells[0], Double.parseDouble(cells[1]), Double.parseDouble(cells[2]), cells[3]));
            }
        }
        return turns;
    }

    /** The turn nearest to {@code seconds}: the one containing it, else the one whose edge is closest. */
    static CallTurn at(List<CallTurn> turns, double seconds) {
        CallTurn nearest = turns.get(0);
        for (CallTurn turn : turns) {
            if (turn.distance(seconds) < nearest.distance(seconds)) {
                nearest = turn;
            }
        }
        return nearest;
    }

    /** The sentence as a recognizer writes it: lower case, no punctuation, one space between words. */
    String spoken() {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").trim().replaceAll(" +", " ");
    }

    /** The words of {@code transcript} whose middle falls in this turn. */
    List<String> words(Transcript transcript) {
        List<String> words = new ArrayList<>();
        for (Word word : transcript.words()) {
            double middle = (word.start() + word.end()) / 2;
            if (middle >= start && middle <= end) {
                words.add(word.text());
            }
        }
        return words;
    }

    private double distance(double seconds) {
        return seconds < start ? start - seconds : seconds > end ? seconds - end : 0;
    }
}
