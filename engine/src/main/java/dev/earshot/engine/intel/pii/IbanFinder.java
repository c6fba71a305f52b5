package dev.earshot.engine.intel.pii;

import java.util.Locale;

/**
 * International bank account numbers spelled out: two country letters, two check digits and 11 to 30 letters
 * or digits ("g b eight two w e s t one two three four ..."). After the cue "iban" (at most
 * {@value #REACH} words before) a code of that shape is taken, with confidence {@value #CHECKED} when its
 * ISO 13616 check digits are right and {@value #UNCHECKED} when not (a misheard digit); without the cue only
 * a code whose check digits are right. "o" is the letter O except in the check-digit places.
 */
final class IbanFinder implements Finder {

    static final int REACH = 4;
    static final double CHECKED = 0.95;
    static final double UNCHECKED = 0.6;
    static final double UNANNOUNCED = 0.85;

    private static final String SHAPE = "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}";

    @Override
    public void find(WordSequence words) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.isLetter(i) || !words.free(i)) {
                continue;
            }
            StringBuilder code = new StringBuilder();
            int last = read(words, i, code);
            if (last < 0 || !code.toString().matches(SHAPE)) {
                continue;
            }
            boolean valid = Checksums.iban(code.toString());
            boolean cued = words.cueBefore(i, Cues.IBAN, REACH) >= 0;
            if (valid || cued) {
                words.add(PiiType.IBAN, code.toString(), i, last, !cued ? UNANNOUNCED : valid ? CHECKED : UNCHECKED);
                i = last;
            }
        }
    }

    /** Reads letters and digits from word {@code i} into {@code code}; returns the last word read, or -1. */
    private static int read(WordSequence words, int i, StringBuilder code) {
        int j = i;
        while (words.free(j) && (j == i || words.continues(j))) {
            boolean checkDigitPlace = code.length() == 2 || code.length() == 3;
            NumberGroup group = SpokenNumbers.groupAt(words, j);
            if (words.isLetter(j) && !(checkDigitPlace && words.is(j, "o"))) {
                code.append(words.text(j).toUpperCase(Locale.ROOT));
                j++;
            } else if (group != null) {
                code.append(group.digits());
                j = group.last() + 1;
            } else {
                break;
            }
        }
        return j > i ? j - 1 : -1;
    }
}
