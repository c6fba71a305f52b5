package dev.earshot.engine.intel.pii;

import java.util.List;

/**
 * One piece of personal data found in a word list.
 *
 * @param type       what it is
 * @param text       the normalised value: digits only for numbers ({@code 4111111111111111}), with a leading
 *                   {@code +} for international phone numbers, {@code john.smith@example.com} for e-mail,
 *                   ISO 8601 for dates ({@code 1984-03-03}; {@code --03-03} without a year, {@code 1984-03}
 *                   without a day, {@code 1984} for a year alone), lower-case words for names and addresses
 *                   with the house number in digits ({@code 221 baker street}), upper case for an IBAN
 * @param words      the recognized words the value was read from, as spoken
 * @param firstWord  index of the first of those words in the list given to the detector
 * @param lastWord   index of the last of those words (inclusive); at least {@code firstWord}
 * @param start      start of the first word, in seconds
 * @param end        end of the last word, in seconds
 * @param confidence 0 to 1: how sure the rule that matched is (for example 0.97 for a Luhn-valid card number
 *                   after the word "card", 0.5 for a long digit run read as an account number), times the
 *                   mean recognizer confidence of the words
 */
public record PiiEntity(PiiType type, String text, List<String> words, int firstWord, int lastWord,
                        double start, double end, double confidence) {

    public PiiEntity {
        words = List.copyOf(words);
        if (firstWord < 0 || lastWord < firstWord || words.size() != lastWord - firstWord + 1) {
            throw new IllegalArgumentException("entity words " + firstWord + ".." + lastWord + " do not match "
                    + words.size() + " words");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("entity confidence must be 0..1, got " + confidence);
        }
    }
}
