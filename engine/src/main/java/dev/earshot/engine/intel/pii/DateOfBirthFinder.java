package dev.earshot.engine.intel.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates after a birth cue ("born", "date of birth", "birth date", "birthday", "dob"), starting at most
 * {@value #REACH} words after it: "march third nineteen eighty four", "the third of march", "march three
 * nineteen eighty four", "march nineteen eighty four", "oh three oh three nineteen eighty four" (month, day,
 * year; read day first when the month would be over 12) and a year alone ("born in nineteen eighty four").
 * Years must be 1900 to 2099 and days valid for their month.
 */
final class DateOfBirthFinder implements Finder {

    static final int REACH = 6;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    private static final double FULL = 0.95;
    private static final double PARTIAL = 0.8;
    private static final double YEAR_ONLY = 0.6;

    /** A date read from words {@code first..last}: year, month, day (0 when not said). */
    private record SpokenDate(int first, int last, int year, int month, int day) {

        String iso() {
            if (month == 0) {
                return Integer.toString(year);
            }
            if (day == 0) {
                return String.format(Locale.ROOT, "%04d-%02d", year, month);
            }
            return year == 0 ? String.format(Locale.ROOT, "--%02d-%02d", month, day)
                    : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        }

        double confidence() {
            return month == 0 ? YEAR_ONLY : day == 0 || year == 0 ? PARTIAL : FULL;
        }
    }

    @Override
    public void find(WordSequence words) {
        for (int cue = 0; cue < words.size(); cue++) {
            for (List<String> phrase : Cues.BIRTH) {
                if (words.matches(cue, phrase)) {
                    findAfter(words, cue + phrase.size());
                }
            }
        }
    }

    private void findAfter(WordSequence words, int from) {
        for (int i = from; i < Math.min(words.size(), from + REACH); i++) {
            SpokenDate date = dateAt(words, i);
            if (date != null && words.free(date.first(), date.last())) {
                words.add(PiiType.DATE_OF_BIRTH, date.iso(), date.first(), date.last(), date.confidence());
                return;
            }
        }
    }

    private SpokenDate dateAt(WordSequence words, int i) {
        Integer month = MONTHS.get(words.text(i));
        if (month != null && words.free(i)) {
            return monthFirst(words, i, month);
        }
        int start = words.is(i, "the") ? i + 1 : i;
        SpokenDate dayFirst = dayFirst(words, start);
        if (dayFirst != null) {
            return dayFirst;
        }
        NumberRun run = SpokenNumbers.runAt(words, i);
        return run == null ? null : numeric(run);
    }

    /** "march third [nineteen eighty four]", "march three nineteen eighty four", "march nineteen eighty four". */
    private SpokenDate monthFirst(WordSequence words, int i, int month) {
        int at = words.is(i + 1, "the") ? i + 2 : i + 1;
        int[] ordinal = SpokenNumbers.ordinalAt(words, at);
        if (ordinal != null) {
            int afterDay = at + ordinal[1];
            int yearAt = words.is(afterDay, "of") || words.is(afterDay, "in") ? afterDay + 1 : afterDay;
            NumberRun year = yearRun(words, yearAt);
            return valid(i, year == null ? afterDay - 1 : year.last(), year == null ? 0 : year(year), month,
                    ordinal[0]);
        }
        NumberRun run = SpokenNumbers.runAt(words, at);
        if (run == null) {
            return null;
        }
        if (year(run) > 0) {
            return new SpokenDate(i, run.last(), year(run), month, 0);
        }
        long day = run.groups().get(0).value();
        if (run.groups().size() == 1) {
            return valid(i, run.last(), 0, month, (int) day);
        }
        NumberRun rest = run.sub(1, run.groups().size());
        return year(rest) > 0 ? valid(i, run.last(), year(rest), month, (int) day) : null;
    }

    /** "third of march [nineteen eighty four]", "the twenty first of june". */
    private SpokenDate dayFirst(WordSequence words, int i) {
        int[] ordinal = SpokenNumbers.ordinalAt(words, i);
        if (ordinal == null) {
            return null;
        }
        int at = i + ordinal[1];
        at = words.is(at, "of") ? at + 1 : at;
        Integer month = MONTHS.get(words.text(at));
        if (month == null || !words.free(at)) {
            return null;
        }
        NumberRun year = yearRun(words, at + 1);
        return valid(i, year == null ? at : year.last(), year == null ? 0 : year(year), month, ordinal[0]);
    }

    /** "oh three oh three nineteen eighty four", "three three nineteen eighty four", "nineteen eighty four". */
    private SpokenDate numeric(NumberRun run) {
        if (year(run) > 0) {
            return new SpokenDate(run.first(), run.last(), year(run), 0, 0);
        }
        List<NumberGroup> groups = run.groups();
        String digits = run.digits();
        if (digits.length() == 8) {
            int a = Integer.parseInt(digits.substring(0, 2));
            int b = Integer.parseInt(digits.substring(2, 4));
            int year = Integer.parseInt(digits.substring(4));
            return a > 12 ? valid(run.first(), run.last(), year, b, a) : valid(run.first(), run.last(), year, a, b);
        }
        if (groups.size() >= 3) {
            NumberRun rest = run.sub(2, groups.size());
            int a = (int) groups.get(0).value();
            int b = (int) groups.get(1).value();
            if (year(rest) > 0) {
                return a > 12 ? valid(run.first(), run.last(), year(rest), b, a)
                        : valid(run.first(), run.last(), year(rest), a, b);
            }
        }
        return null;
    }

    private static NumberRun yearRun(WordSequence words, int i) {
        NumberRun run = SpokenNumbers.runAt(words, i);
        return run != null && year(run) > 0 ? run : null;
    }

    /** The run as a year 1900 to 2099, or 0. */
    private static int year(NumberRun run) {
        String digits = run.digits();
        if (digits.length() != 4) {
            return 0;
        }
        int year = Integer.parseInt(digits);
        return year >= 1900 && year <= 2099 ? year : 0;
    }

    private static SpokenDate valid(int first, int last, int year, int month, int day) {
        try {
            LocalDate.of(year == 0 ? 2000 : year, month, day);
            return new SpokenDate(first, last, year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
