package dev.earshot.engine.intel.sentiment;

import dev.earshot.engine.intel.VendoredList;
import dev.earshot.engine.intel.VendoredListException;
import java.util.HashMap;
import java.util.Map;

/**
 * Word and two-word-phrase valences from the vendored VADER lexicon ({@code vader_lexicon.txt}, MIT,
 * C.J. Hutto): -4 (extremely negative) to +4 (extremely positive). Immutable.
 */
final class SentimentLexicon {

    static final String RESOURCE = "vader_lexicon.txt";

    private final Map<String, Double> valences;

    SentimentLexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    /** Loads and verifies the vendored lexicon. */
    static SentimentLexicon load() {
        Map<String, Double> valences = new HashMap<>();
        for (String line : VendoredList.lines(RESOURCE)) {
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                continue;
            }
            try {
                valences.putIfAbsent(fields[0], Double.parseDouble(fields[1]));
            } catch (NumberFormatException e) {
                throw new VendoredListException("bad valence in " + RESOURCE + " line '" + line + "'", e);
            }
        }
        return new SentimentLexicon(valences);
    }

    /** Valence of {@code token} (a word or two words joined by one space), -4 to 4; 0 when unknown. */
    double valence(String token) {
        return valences.getOrDefault(token, 0.0);
    }

    /** Whether {@code phrase} (two words joined by one space) has its own entry. */
    boolean hasPhrase(String phrase) {
        return valences.containsKey(phrase);
    }
}
