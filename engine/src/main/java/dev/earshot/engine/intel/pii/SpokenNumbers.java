package dev.earshot.engine.intel.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads numbers spoken as words. A run is a sequence of groups said without other words between them and
 * without a pause longer than {@value #MAX_PAUSE_SECONDS} s; a new group starts wherever English number
 * grammar does not continue ("four one" is two groups, "forty one" one). Digits are "zero", "oh" and "o"
 * (zero only inside a run, never alone), "one" to "nine", and numerals a recognizer may write ("42");
 * "double" and "triple" repeat the next digit. Compound numbers go up to the thousands
 * ("two thousand and five", "nineteen hundred", "one hundred twenty three").
 */
final class SpokenNumbers {

    /** A pause longer than this, in seconds, ends a run even if numbers follow. */
    static final double MAX_PAUSE_SECONDS = 2.0;

    static final Map<String, Integer> UNITS = Map.of("zero", 0, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
    static final Set<String> ZERO_LETTERS = Set.of("oh", "o");
    static final Map<String, Integer> TEENS = Map.of("ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13,
            "fourteen", 14, "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    static final Map<String, Integer> REPEATS = Map.of("double", 2, "triple", 3);
    static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));

    private SpokenNumbers() {
    }

    /** Every maximal run over unclaimed words, in order. */
    static List<NumberRun> runs(WordSequence words) {
        List<NumberRun> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            NumberRun run = runAt(words, i);
            if (run == null) {
                i++;
            } else {
                runs.add(run);
                i = run.last() + 1;
            }
        }
        return runs;
    }

    /** The longest run starting at word {@code i}, or null when none does (or it is only "oh"s). */
    static NumberRun runAt(WordSequence words, int i) {
        List<NumberGroup> groups = new ArrayList<>();
        int j = i;
        while (groups.isEmpty() || words.gapBefore(j) <= MAX_PAUSE_SECONDS) {
            NumberGroup group = groupAt(words, j);
            if (group == null) {
                break;
            }
            groups.add(group);
            j = group.last() + 1;
        }
        boolean onlyZeroLetters = groups.stream()
                .allMatch(g -> g.singleDigit() && words.isAny(g.first(), ZERO_LETTERS));
        return onlyZeroLetters ? null : new NumberRun(i, j - 1, groups);
    }

    /** The number group starting at word {@code i}, or null. */
    static NumberGroup groupAt(WordSequence words, int i) {
        if (!words.free(i)) {
            return null;
        }
        String word = words.text(i);
        if (word.chars().allMatch(Character::isDigit)) {
            return new NumberGroup(i, i, word);
        }
        if (ZERO_LETTERS.contains(word)) {
            return new NumberGroup(i, i, "0");
        }
        Integer repeat = REPEATS.get(word);
        if (repeat != null && words.free(i + 1) && digit(words.text(i + 1)) != null) {
            return new NumberGroup(i, i + 1, digit(words.text(i + 1)).repeat(repeat));
        }
        if (word.equals("zero")) {
            return new NumberGroup(i, i, "0");
        }
        long[] chunk = chunk(words, i);
        if (chunk == null) {
            return null;
        }
        long value = chunk[0];
        int next = (int) chunk[1];
        if (words.is(next, "thousand") && words.free(next)) {
            value *= 1000;
            long[] rest = afterThousand(words, next + 1);
            next = rest == null ? next + 1 : (int) rest[1];
            value += rest == null ? 0 : rest[0];
        }
        return new NumberGroup(i, next - 1, Long.toString(value));
    }

    /** Day of month or other ordinal at word {@code i} ("third", "twenty first"): {value, words used}, or null. */
    static int[] ordinalAt(WordSequence words, int i) {
        if (!words.free(i)) {
            return null;
        }
        Integer tens = TENS.get(words.text(i));
        Integer unit = ORDINALS.get(words.text(i + 1));
        if (tens != null && unit != null && unit < 10 && words.free(i + 1)) {
            return new int[] {tens + unit, 2};
        }
        Integer ordinal = ORDINALS.get(words.text(i));
        return ordinal == null ? null : new int[] {ordinal, 1};
    }

    /** The word as one digit character, for digit words and "oh"; null otherwise. */
    static String digit(String word) {
        if (ZERO_LETTERS.contains(word)) {
            return "0";
        }
        Integer unit = UNITS.get(word);
        return unit == null ? null : Integer.toString(unit);
    }

    /** Whether the word is any word a number group can be made of. */
    static boolean isNumberWord(String word) {
        return UNITS.containsKey(word) || TEENS.containsKey(word) || TENS.containsKey(word)
                || word.equals("hundred") || word.equals("thousand")
                || (!word.isEmpty() && word.chars().allMatch(Character::isDigit));
    }

    /** 1 to 999 at word {@code i}: {value, next word index}, or null. */
    private static long[] chunk(WordSequence words, int i) {
        long[] head = belowHundred(words, i);
        if (head == null) {
            return null;
        }
        int next = (int) head[1];
        if (!words.is(next, "hundred") || !words.free(next)) {
            return head;
        }
        long[] rest = afterHundred(words, next + 1);
        return rest == null ? new long[] {head[0] * 100, next + 1} : new long[] {head[0] * 100 + rest[0], rest[1]};
    }

    /**
     * The part after "hundred": 1 to 99, with an optional "and" first: {value, next}, or null. Without "and",
     * a digit followed by more digits is not taken: "eight hundred five five five" is 800 5 5 5, as in a phone
     * number, while "one hundred five" is 105.
     */
    private static long[] afterHundred(WordSequence words, int i) {
        boolean and = words.is(i, "and") && words.free(i);
        long[] rest = belowHundred(words, and ? i + 1 : i);
        if (rest != null && !and && rest[0] < 10 && digit(words.text((int) rest[1])) != null) {
            return null;
        }
        return rest;
    }

    /** The part after "thousand": 1 to 999, with an optional "and" first: {value, next}, or null. */
    private static long[] afterThousand(WordSequence words, int i) {
        return chunk(words, words.is(i, "and") && words.free(i) ? i + 1 : i);
    }

    /** 1 to 99 at word {@code i} (a unit, a teen, or tens with an optional unit): {value, next}, or null. */
    private static long[] belowHundred(WordSequence words, int i) {
        if (!words.free(i)) {
            return null;
        }
        String word = words.text(i);
        Integer unit = UNITS.get(word);
        if (unit != null && unit > 0) {
            return new long[] {unit, i + 1};
        }
        Integer teen = TEENS.get(word);
        if (teen != null) {
            return new long[] {teen, i + 1};
        }
        Integer tens = TENS.get(word);
        if (tens == null) {
            return null;
        }
        Integer next = UNITS.get(words.text(i + 1));
        if (next != null && next > 0 && words.free(i + 1)) {
            return new long[] {tens + next, i + 2};
        }
        return new long[] {tens, i + 1};
    }
}
