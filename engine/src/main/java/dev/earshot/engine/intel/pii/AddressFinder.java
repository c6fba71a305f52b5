package dev.earshot.engine.intel.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Street addresses: a house number (1 to 6 digits, "two twenty one"), one to {@value #MAX_NAME_WORDS} street
 * name words (no stop words, numbers or other suffixes; ordinals such as "fifth" become "5th"), and a street
 * suffix ("street", "avenue", "road", "lane", "drive", ...), optionally followed by "apartment", "unit",
 * "suite" or "flat" and a number or letter. An address cue ("i live at", "my address is", "deliver to")
 * within {@value Cues#REACH} words before raises the confidence.
 */
final class AddressFinder implements Finder {

    static final int MAX_NAME_WORDS = 3;

    private static final Set<String> SUFFIXES = Set.of("street", "avenue", "road", "lane", "drive", "boulevard",
            "court", "place", "way", "terrace", "circle", "parkway", "highway", "crescent", "square", "trail",
            "grove", "close", "row");
    private static final Set<String> UNITS = Set.of("apartment", "apt", "unit", "suite", "flat");
    private static final double CUED = 0.95;
    private static final double PLAIN = 0.85;

    private final WordLists lists;

    AddressFinder(WordLists lists) {
        this.lists = lists;
    }

    @Override
    public void find(WordSequence words) {
        for (int suffix = 2; suffix < words.size(); suffix++) {
            if (words.isAny(suffix, SUFFIXES) && words.free(suffix)) {
                addressEndingAt(words, suffix);
            }
        }
    }

    private void addressEndingAt(WordSequence words, int suffix) {
        int nameStart = suffix;
        while (nameStart > 0 && suffix - nameStart < MAX_NAME_WORDS && nameWord(words, nameStart - 1)) {
            nameStart--;
        }
        for (int start = nameStart; start < suffix; start++) {
            NumberRun house = houseNumberEndingAt(words, start - 1);
            if (house != null) {
                List<String> parts = new ArrayList<>();
                parts.add(house.digits());
                for (int i = start; i <= suffix; i++) {
                    parts.add(part(words, i));
                }
                int end = withUnit(words, suffix, parts);
                boolean cued = words.cueBefore(house.first(), Cues.HOME, Cues.REACH) >= 0;
                words.add(PiiType.ADDRESS, String.join(" ", parts), house.first(), end, cued ? CUED : PLAIN);
                return;
            }
        }
    }

    private boolean nameWord(WordSequence words, int i) {
        String text = words.text(i);
        return words.free(i) && !text.isEmpty() && text.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '\'')
                && !lists.isStopWord(text) && !SUFFIXES.contains(text) && !SpokenNumbers.isNumberWord(text)
                && !SpokenNumbers.ZERO_LETTERS.contains(text) && !text.equals("and")
                || SpokenNumbers.ordinalAt(words, i) != null;
    }

    /** The house number whose last word is {@code last}: the shortest run ending there with 1 to 6 digits. */
    private static NumberRun houseNumberEndingAt(WordSequence words, int last) {
        for (int first = last; first >= Math.max(0, last - 6); first--) {
            NumberRun run = SpokenNumbers.runAt(words, first);
            if (run != null && run.last() == last && run.digits().length() <= 6
                    && (first == 0 || SpokenNumbers.runAt(words, first - 1) == null
                    || SpokenNumbers.runAt(words, first - 1).last() < last)) {
                return run.digits().startsWith("0") ? null : run;
            }
        }
        return null;
    }

    /**
     * The last word of "apartment 4 b" style words after {@code suffix} (adding their text to {@code parts}),
     * or {@code suffix} when there are none.
     */
    private static int withUnit(WordSequence words, int suffix, List<String> parts) {
        int unit = suffix + 1;
        if (!words.isAny(unit, UNITS) || !words.free(unit)) {
            return suffix;
        }
        int at = words.is(unit + 1, "number") ? unit + 2 : unit + 1;
        NumberRun number = SpokenNumbers.runAt(words, at);
        int end = number != null ? number.last() : words.isLetter(at) && words.free(at) ? at : -1;
        if (end < 0) {
            return suffix;
        }
        String label = number != null ? number.digits() : words.text(at);
        if (words.isLetter(end + 1) && words.free(end + 1) && words.continues(end + 1)) {
            end++;
            label += words.text(end);
        }
        parts.add(words.text(unit));
        parts.add(label);
        return end;
    }

    /** Street-name word {@code i} as written in the address: ordinals as "5th", other words as they are. */
    private static String part(WordSequence words, int i) {
        int[] ordinal = SpokenNumbers.ordinalAt(words, i);
        return ordinal != null && ordinal[1] == 1 ? ordinal[0] + suffixOf(ordinal[0]) : words.text(i);
    }

    private static String suffixOf(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
