package dev.earshot.engine.intel.sentiment;

import java.util.Map;
import java.util.Set;

/**
 * Earshot's own word classes for scoring conversational speech. Words are lower case as a recognizer writes
 * them, with and without the apostrophe ({@code don't}, {@code dont}).
 */
final class SpeechWords {

    /** Words that flip the sentiment of a word up to {@link #NEGATION_REACH} words after them. */
    static final Set<String> NEGATORS = Set.of(
            "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "hardly", "barely",
            "cannot", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt", "wasn't",
            "wasnt", "aren't", "arent", "weren't", "werent", "can't", "cant", "couldn't", "couldnt", "won't",
            "wont", "wouldn't", "wouldnt", "shouldn't", "shouldnt", "haven't", "havent", "hasn't", "hasnt",
            "hadn't", "hadnt", "ain't", "aint");

    /** How many words back a negator reaches. */
    static final int NEGATION_REACH = 3;

    /** A negated valence is the original times this: flipped and weakened ("not bad" is mild praise). */
    static final double NEGATION_FACTOR = -0.7;

    /**
     * Words and two-word phrases that scale the magnitude of the sentiment word right after them (other
     * modifiers and negators may stand between): above 1 intensifies, below 1 dampens.
     */
    static final Map<String, Double> MODIFIERS = Map.ofEntries(
            Map.entry("extremely", 1.5), Map.entry("incredibly", 1.5), Map.entry("absolutely", 1.4),
            Map.entry("completely", 1.4), Map.entry("totally", 1.35), Map.entry("utterly", 1.4),
            Map.entry("really", 1.3), Map.entry("very", 1.3), Map.entry("super", 1.3), Map.entry("truly", 1.3),
            Map.entry("highly", 1.3), Map.entry("so", 1.25), Map.entry("too", 1.2), Map.entry("most", 1.2),
            Map.entry("especially", 1.2), Map.entry("pretty", 1.15), Map.entry("quite", 1.1),
            Map.entry("slightly", 0.5), Map.entry("somewhat", 0.6), Map.entry("kind of", 0.6),
            Map.entry("kinda", 0.6), Map.entry("sort of", 0.6), Map.entry("sorta", 0.6),
            Map.entry("a bit", 0.6), Map.entry("a little", 0.6), Map.entry("little bit", 0.6),
            Map.entry("fairly", 0.8), Map.entry("partly", 0.6), Map.entry("marginally", 0.5),
            Map.entry("mildly", 0.6), Map.entry("almost", 0.8));

    /** How many words back a modifier reaches; only modifiers and negators may stand between. */
    static final int MODIFIER_REACH = 3;

    /** Words that turn the clause before them into background and the clause after them into the point. */
    static final Set<String> CONTRASTS = Set.of("but", "however");

    /** Weight of sentiment before the last contrast word. */
    static final double BEFORE_CONTRAST = 0.5;

    /** Weight of sentiment after the last contrast word. */
    static final double AFTER_CONTRAST = 1.5;

    /**
     * Words the lexicon rates but that in a service call are routine turn-taking, politeness or business
     * ("yes", "okay", "please", "i need help", "account number", "pay the bill"); they count as 0.
     */
    static final Set<String> ROUTINE = Set.of(
            "yes", "yeah", "yep", "okay", "ok", "please", "well", "sure", "right", "help", "matter", "number",
            "customer care", "pay");

    /** Words after which {@code like} is the verb of liking ("i like", "don't like", "really like"). */
    static final Set<String> LIKE_SUBJECTS = Set.of("i", "we", "you", "they", "he", "she", "just", "also");

    private SpeechWords() {
    }

    /** Two-word phrases among the modifiers and routine words, to be read as one token. */
    static boolean isPhrase(String twoWords) {
        return MODIFIERS.containsKey(twoWords) || ROUTINE.contains(twoWords);
    }
}
