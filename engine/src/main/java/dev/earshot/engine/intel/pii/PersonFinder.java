package dev.earshot.engine.intel.pii;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Person names. A name list alone never makes a name: a name needs a cue right before it (see {@link Cue}), or
 * must repeat a name already found.
 * <ul>
 * <li>"... speaking": the one or two words before it, when the first is a clear first name (0.9).</li>
 * <li>After a cued name, the next word is its surname (when the cue allows one) unless it is a stop word, a
 * number, a word ending in "-ing" or a call word ("calling", "here", "from"); letters spelling the name right
 * after it ("smith s m i t h") belong to it.</li>
 * <li>Later mentions of a found name part (three letters or more, not an everyday word) anywhere in the
 * words, said or spelled: 0.7.</li>
 * </ul>
 * A "clear" first name is in the first-name list and is not also an everyday word ({@link WordLists#EVERYDAY_NAMES}).
 */
final class PersonFinder implements Finder {

    /** What may follow a cue, and how sure the name then is. */
    private enum Cue {
        /**
         * "my name is": a first name from the list (0.95) even when also a stop word ("will"), any other word
         * that is no stop word or number (0.8), or spelled letters (0.95).
         */
        NAME_IS(Cues.phrases("my name is", "my name's", "name is", "name's", "the name is"), 0.95, 0.8, true),
        /** "mister", "mrs", "dr": any such word not ending in "-ing" (a surname), 0.9. */
        TITLE(Cues.phrases("mister", "mr", "missus", "mrs", "ms", "dr", "professor"), 0.9, 0.9, true),
        /** "speak to", "ask for", "call me", "miss", "doctor": a first name from the list, 0.85. */
        REFERRAL(Cues.phrases("call me", "speak to", "speak with", "speaking to", "speaking with", "talk to",
                "talking to", "ask for", "miss", "doctor"), 0.85, 0, true),
        /** "this is", "i'm", "i am", "it's": a clear first name, 0.75. */
        INTRODUCTION(Cues.phrases("this is", "i'm", "im", "i am", "it's"), 0.75, 0, true),
        /** "hi", "thanks", "thank you", "bye": a clear first name, no surname, 0.75. */
        GREETING(Cues.phrases("hi", "hello", "hey", "thanks", "thank you", "bye", "goodbye", "dear"), 0.75, 0, false);

        final List<List<String>> phrases;
        final double listed;
        final double unlisted;
        final boolean surname;

        Cue(List<List<String>> phrases, double listed, double unlisted, boolean surname) {
            this.phrases = phrases;
            this.listed = listed;
            this.unlisted = unlisted;
            this.surname = surname;
        }
    }

    private static final Set<String> NOT_NAMES = Set.of("calling", "speaking", "here", "from", "please",
            "thanks", "thank", "today", "hi", "hello", "yes", "yeah", "no", "okay", "ok", "um", "uh", "sorry",
            "again", "and", "i'm", "it's", "that's", "there", "back", "speak");
    private static final double SPEAKING = 0.9;
    private static final double MENTION = 0.7;

    private final WordLists lists;

    PersonFinder(WordLists lists) {
        this.lists = lists;
    }

    @Override
    public void find(WordSequence words) {
        Set<String> found = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.is(i, "speaking")) {
                beforeSpeaking(words, i, found);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Cue cue = cueBefore(words, i);
            if (cue != null && words.continues(i)) {
                name(words, i, cue, found);
            }
        }
        mentions(words, found);
    }

    private static Cue cueBefore(WordSequence words, int i) {
        for (Cue cue : Cue.values()) {
            for (List<String> phrase : cue.phrases) {
                if (words.matches(i - phrase.size(), phrase)) {
                    return cue;
                }
            }
        }
        return null;
    }

    /** A name starting at word {@code i} after {@code cue}. */
    private void name(WordSequence words, int i, Cue cue, Set<String> found) {
        int spelledEnd = letterRunEnd(words, i);
        if (spelledEnd > i && cue == Cue.NAME_IS) {
            record(words, i, spelledEnd, joined(words, i, spelledEnd), cue.listed, found);
            return;
        }
        String first = words.text(i);
        boolean listed = lists.isFirstName(first);
        boolean accepted = switch (cue) {
            case NAME_IS -> nameLike(words, i) || listed && words.free(i);
            case TITLE -> nameLike(words, i) && !first.endsWith("ing");
            case REFERRAL -> nameLike(words, i) && listed;
            case INTRODUCTION, GREETING -> nameLike(words, i) && lists.isClearFirstName(first);
        };
        if (!accepted) {
            return;
        }
        int last = cue.surname && surname(words, i + 1) ? i + 1 : i;
        String name = last > i ? first + " " + words.text(last) : first;
        record(words, i, withSpelling(words, i, last), name, listed ? cue.listed : cue.unlisted, found);
    }

    private void beforeSpeaking(WordSequence words, int speaking, Set<String> found) {
        int last = speaking - 1;
        if (!words.continues(speaking) || !nameLike(words, last)) {
            return;
        }
        boolean twoWords = lists.isClearFirstName(words.text(last - 1)) && nameLike(words, last - 1)
                && words.continues(last);
        int first = twoWords ? last - 1 : last;
        if (lists.isClearFirstName(words.text(first))) {
            String name = twoWords ? words.text(first) + " " + words.text(last) : words.text(last);
            record(words, first, last, name, SPEAKING, found);
        }
    }

    private static void record(WordSequence words, int first, int last, String name, double confidence,
                               Set<String> found) {
        found.addAll(List.of(name.split(" ")));
        words.add(PiiType.PERSON, name, first, last, confidence);
    }

    private void mentions(WordSequence words, Set<String> found) {
        Set<String> parts = new HashSet<>();
        for (String part : found) {
            if (part.length() >= 3 && !WordLists.EVERYDAY_NAMES.contains(part) && !lists.isStopWord(part)) {
                parts.add(part);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            int spelledEnd = letterRunEnd(words, i);
            if (spelledEnd > i && parts.contains(joined(words, i, spelledEnd))) {
                words.add(PiiType.PERSON, joined(words, i, spelledEnd), i, spelledEnd, MENTION);
                i = spelledEnd;
            } else if (words.free(i) && parts.contains(words.text(i))) {
                words.add(PiiType.PERSON, words.text(i), i, i, MENTION);
            }
        }
    }

    /** A word that can be a name: alphabetic, two letters or more, no stop word, number or call word, free. */
    private boolean nameLike(WordSequence words, int i) {
        String text = words.text(i);
        return words.free(i) && text.length() >= 2 && text.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '\'')
                && !lists.isStopWord(text) && !SpokenNumbers.isNumberWord(text) && !NOT_NAMES.contains(text);
    }

    private boolean surname(WordSequence words, int i) {
        return nameLike(words, i) && words.continues(i) && !words.text(i).endsWith("ing");
    }

    /** {@code last}, or the end of spelled letters right after it that spell word {@code first} or {@code last}. */
    private static int withSpelling(WordSequence words, int first, int last) {
        int end = letterRunEnd(words, last + 1);
        if (end > last + 1 && words.continues(last + 1)) {
            String spelled = joined(words, last + 1, end);
            if (spelled.equals(words.text(first)) || spelled.equals(words.text(last))) {
                return end;
            }
        }
        return last;
    }

    /** Last word of a run of at least two free single letters starting at {@code i}, or -1. */
    private static int letterRunEnd(WordSequence words, int i) {
        int j = i;
        while (words.isLetter(j) && words.free(j) && (j == i || words.continues(j))) {
            j++;
        }
        return j - i >= 2 ? j - 1 : -1;
    }

    private static String joined(WordSequence words, int first, int last) {
        StringBuilder out = new StringBuilder();
        for (int k = first; k <= last; k++) {
            out.append(words.text(k));
        }
        return out.toString();
    }
}
