package dev.earshot.engine.intel.pii;

import java.util.List;

/**
 * Classifies the digit runs left after e-mails, IBANs, dates and addresses, first by a cue word at most
 * {@value Cues#REACH} words before the run, then by shape:
 * <ol>
 * <li>social security cue and 9 digits: SSN (0.95)</li>
 * <li>card cue, 13 to 19 digits, Luhn-valid: CREDIT_CARD (0.97)</li>
 * <li>card security code or expiry cue ("cvv", "security code", "expiry") and 3 or 4 digits: CREDIT_CARD
 * (0.9), as card data to redact with the number</li>
 * <li>phone cue and 7 to 15 digits: PHONE (0.95)</li>
 * <li>account, policy, member or routing cue and 6 or more digits, or 4 or more spoken one by one:
 * ACCOUNT_NUMBER (0.9); "opened in twenty nineteen" stays a year</li>
 * <li>13 to 19 digits, Luhn-valid: CREDIT_CARD (0.9)</li>
 * <li>9 digits spoken one by one in groups of 3, 2 and 4 (the longest pauses after the third and fifth
 * digit) that form a possible SSN: SSN (0.7)</li>
 * <li>10 digits, 11 starting with 1 or 0, or 8 to 15 after "plus": PHONE (0.8)</li>
 * <li>7 digits spoken one by one: PHONE (0.6)</li>
 * <li>8 or more digits: ACCOUNT_NUMBER (0.5), so that a long number is redacted even when its kind is
 * unclear (a card number with a wrong check digit lands here)</li>
 * </ol>
 * Shorter runs ("twenty three dollars", "at five", "nineteen eighty four") are left alone.
 */
final class NumberFinder implements Finder {

    @Override
    public void find(WordSequence words) {
        for (NumberRun run : SpokenNumbers.runs(words)) {
            classify(words, run);
        }
    }

    private static void classify(WordSequence words, NumberRun run) {
        String digits = run.digits();
        int length = digits.length();
        boolean plus = words.is(run.first() - 1, "plus") && words.free(run.first() - 1);
        int first = plus ? run.first() - 1 : run.first();
        if (cued(words, run, Cues.SSN) && length == 9) {
            words.add(PiiType.SSN, digits, first, run.last(), 0.95);
        } else if (cued(words, run, Cues.CARD) && isCard(digits)) {
            words.add(PiiType.CREDIT_CARD, digits, first, run.last(), 0.97);
        } else if (cued(words, run, Cues.CARD_CODE) && (length == 3 || length == 4)) {
            words.add(PiiType.CREDIT_CARD, digits, first, run.last(), 0.9);
        } else if (cued(words, run, Cues.PHONE) && length >= 7 && length <= 15) {
            words.add(PiiType.PHONE, (plus ? "+" : "") + digits, first, run.last(), 0.95);
        } else if (cued(words, run, Cues.ACCOUNT) && (length >= 6 || length >= 4 && run.digitByDigit())) {
            words.add(PiiType.ACCOUNT_NUMBER, digits, first, run.last(), 0.9);
        } else if (isCard(digits)) {
            words.add(PiiType.CREDIT_CARD, digits, first, run.last(), 0.9);
        } else if (length == 9 && spokenLikeSsn(words, run) && possibleSsn(digits)) {
            words.add(PiiType.SSN, digits, first, run.last(), 0.7);
        } else if (length == 10 || length == 11 && (digits.startsWith("1") || digits.startsWith("0"))
                || plus && length >= 8 && length <= 15) {
            words.add(PiiType.PHONE, (plus ? "+" : "") + digits, first, run.last(), 0.8);
        } else if (length == 7 && run.digitByDigit()) {
            words.add(PiiType.PHONE, digits, first, run.last(), 0.6);
        } else if (length >= 8) {
            words.add(PiiType.ACCOUNT_NUMBER, digits, first, run.last(), 0.5);
        }
    }

    private static boolean cued(WordSequence words, NumberRun run, List<List<String>> cues) {
        return words.cueBefore(run.first(), cues, Cues.REACH) >= 0;
    }

    private static boolean isCard(String digits) {
        return digits.length() >= 13 && digits.length() <= 19 && Checksums.luhn(digits);
    }

    /** Whether the two longest pauses inside the run come after its third and fifth digit word. */
    private static boolean spokenLikeSsn(WordSequence words, NumberRun run) {
        if (!run.digitByDigit() || run.groups().size() != 9) {
            return false;
        }
        double afterThird = words.gapBefore(run.first() + 3);
        double afterFifth = words.gapBefore(run.first() + 5);
        double otherLongest = 0;
        for (int k = 1; k < 9; k++) {
            if (k != 3 && k != 5) {
                otherLongest = Math.max(otherLongest, words.gapBefore(run.first() + k));
            }
        }
        double needed = Math.max(0.1, 1.5 * otherLongest);
        return afterThird >= needed && afterFifth >= needed;
    }

    /** Whether the digits can be an issued SSN: area not 000, 666 or 9xx, group not 00, serial not 0000. */
    private static boolean possibleSsn(String digits) {
        String area = digits.substring(0, 3);
        return !area.equals("000") && !area.equals("666") && area.charAt(0) != '9'
                && !digits.substring(3, 5).equals("00") && !digits.substring(5).equals("0000");
    }
}
