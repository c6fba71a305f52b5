package dev.earshot.engine.intel.pii;

import dev.earshot.engine.speech.transcript.Word;
import java.util.List;

/**
 * Finds personal data in speech-recognizer output (lower case, no punctuation, numbers spelled out) with
 * rules, cue words and check digits; no model. Spoken forms are normalised first: digits and numbers ("four
 * one one one", "oh" as zero inside a number, "double five", "twenty three", "nineteen eighty four"), "at"
 * and "dot" in e-mail addresses, spelled letters ("j o h n"). The rules run in this order, each on the words
 * the ones before left unclaimed: e-mail ({@link EmailFinder}), IBAN ({@link IbanFinder}), date of birth
 * ({@link DateOfBirthFinder}), street address ({@link AddressFinder}), numbers: card, SSN, phone, account
 * ({@link NumberFinder}), person names ({@link PersonFinder}). A pause longer than
 * {@code Transcript.UTTERANCE_PAUSE_SECONDS} ends a name and a spelled code.
 *
 * <p>Immutable and thread-safe; load once (reads and verifies the vendored word lists) and share.
 */
public final class SpokenPiiDetector implements PiiDetector {

    private final WordLists lists;

    private SpokenPiiDetector(WordLists lists) {
        this.lists = lists;
    }

    /** A detector over the vendored name and stop-word lists, verified against their SHA-256. */
    public static SpokenPiiDetector load() {
        return new SpokenPiiDetector(WordLists.load());
    }

    @Override
    public List<PiiEntity> detect(List<Word> words) {
        WordSequence sequence = new WordSequence(words);
        List<Finder> finders = List.of(new EmailFinder(lists), new IbanFinder(), new DateOfBirthFinder(),
                new AddressFinder(lists), new NumberFinder(), new PersonFinder(lists));
        for (Finder finder : finders) {
            finder.find(sequence);
        }
        return sequence.entities();
    }
}
