package dev.earshot.engine.intel.pii;

import dev.earshot.engine.intel.VendoredList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The vendored word lists the detector reads (Moby first names and English stop words, public domain, see the
 * README beside them), plus Earshot's own list of first names that are also everyday words. Immutable.
 *
 * @param firstNames lower-case first names
 * @param stopWords  lower-case function words, never a name, street name or e-mail part on their own
 */
record WordLists(Set<String> firstNames, Set<String> stopWords) {

    /**
     * First names that are also common words ("will", "may", "mark", "grace"): taken as a name only after a
     * strong cue such as "my name is", never after "this is" or "i'm" alone, and not as a later mention.
     */
    static final Set<String> EVERYDAY_NAMES = Set.of(
            "will", "may", "june", "april", "august", "mark", "bill", "art", "don", "guy", "jack", "max",
            "chance", "ray", "pat", "frank", "earl", "bud", "wade", "case", "lane", "page", "cliff", "dale",
            "glen", "brook", "penny", "ginger", "candy", "crystal", "amber", "ruby", "pearl", "jade", "holly",
            "ivy", "daisy", "lily", "heather", "iris", "violet", "robin", "wren", "sterling", "major", "prince",
            "king", "duke", "royal", "sunny", "dawn", "rose", "joy", "hope", "grace", "faith", "honor",
            "charity", "mercy", "merry", "happy", "lucky", "rich", "rob", "grant", "free", "fair", "glad",
            "win", "worth", "noble", "hardy", "bliss", "sandy", "rusty", "storm", "chase", "hunter", "carter",
            "cash", "star", "sky", "forest", "kitty", "honey", "bunny", "brandy", "misty", "harmony", "melody",
            "cherry", "olive", "hazel", "clay", "drew", "gale", "ward", "wells", "miles", "tab", "dot", "belle",
            "bell", "eve", "marsh", "ash", "dusty", "hale", "hill", "lance", "moss", "reed", "rocky", "trace",
            "tuck", "west", "wolf", "fern", "gay", "adore", "axe", "ban", "care", "cherish", "chic", "deny", "dud",
            "fan", "glory", "gun", "jewel", "keen", "serene", "sunshine", "worthy", "blithe");

    static WordLists load() {
        Set<String> names = new HashSet<>();
        for (String list : List.of("female-first-names-en.txt", "male-first-names-en.txt")) {
            VendoredList.lines(list).forEach(name -> names.add(name.trim().toLowerCase(Locale.ROOT)));
        }
        Set<String> stops = new HashSet<>();
        VendoredList.lines("stopwords-en.txt").forEach(word -> stops.add(word.trim().toLowerCase(Locale.ROOT)));
        names.remove("");
        stops.remove("");
        return new WordLists(Set.copyOf(names), Set.copyOf(stops));
    }

    boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    /** A first name that is not also an everyday word or a stop word. */
    boolean isClearFirstName(String word) {
        return firstNames.contains(word) && !EVERYDAY_NAMES.contains(word) && !stopWords.contains(word);
    }

    boolean isStopWord(String word) {
        return stopWords.contains(word);
    }
}
