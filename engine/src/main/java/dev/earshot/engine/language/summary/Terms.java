package dev.earshot.engine.language.summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content words of a text with their counts, for comparing sentences: lower-cased tokens of letters, digits
 * and inner apostrophes, without English stop words and spoken fillers ({@code stop-words-en.txt}), with plural
 * and {@code -ed}/{@code -ing} endings cut off so "charged", "charges" and "charging" count as one term. Other
 * languages keep their function words, which then count as terms.
 */
final class Terms {

    private static final Set<String> STOP_WORDS = load("stop-words-en.txt");

    private Terms() {
    }

    /** Term → how often it occurs in {@code text}. */
    static Map<String, Integer> of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            String word = token.replaceAll("^'+|'+$", "");
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                counts.merge(stem(word), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Cosine similarity of two term counts, 0 to 1; 0 when either has no terms. */
    static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Integer> term : small.entrySet()) {
            dot += term.getValue() * large.getOrDefault(term.getKey(), 0);
        }
        return dot == 0 ? 0 : Math.min(1, dot / (norm(a) * norm(b)));
    }

    /** {@code word} without a possessive, plural, {@code -ed} or {@code -ing} ending, and without a final e. */
    static String stem(String word) {
        String w = suffixless(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    private static String suffixless(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - (w.endsWith("eed") ? 1 : 2));
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - (w.endsWith("es") && w.length() > 4 && sibilant(w) ? 2 : 1));
        }
        return w;
    }

    private static boolean sibilant(String word) {
        String base = word.substring(0, word.length() - 2);
        return base.endsWith("s") || base.endsWith("x") || base.endsWith("z") || base.endsWith("ch")
                || base.endsWith("sh");
    }

    private static double norm(Map<String, Integer> counts) {
        double sum = 0;
        for (int count : counts.values()) {
            sum += (double) count * count;
        }
        return Math.sqrt(sum);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Terms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    for (String word : line.trim().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(word);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
