package dev.earshot.engine.intel.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.intel.SpokenWords;
import dev.earshot.engine.speech.transcript.Word;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenPiiDetectorTest {

    private static SpokenPiiDetector detector;

    @BeforeAll
    static void load() {
        detector = SpokenPiiDetector.load();
    }

    private static List<PiiEntity> detect(String text) {
        return detector.detect(SpokenWords.of(text));
    }

    private static void assertEntity(PiiEntity entity, PiiType type, String text, int first, int last) {
        assertThat(entity.type()).as("type of %s", entity).isEqualTo(type);
        assertThat(entity.text()).as("text of %s", entity).isEqualTo(text);
        assertThat(entity.firstWord()).as("first word of %s", entity).isEqualTo(first);
        assertThat(entity.lastWord()).as("last word of %s", entity).isEqualTo(last);
    }

    @Test
    void everyEntityOfASynthesizedCallIsFoundWithItsTypeValueAndWords() {
        SyntheticCall call = new SyntheticCall();

        List<PiiEntity> entities = detector.detect(call.spoken.words());

        assertThat(entities).hasSize(9);
        assertEntity(entities.get(0), PiiType.PERSON, "anna", call.agentName, call.agentName);
        assertEntity(entities.get(1), PiiType.PERSON, "john smith", call.callerName, call.callerName + 1);
        assertEntity(entities.get(2), PiiType.CREDIT_CARD, "4111111111111111", call.card, call.card + 15);
        assertEntity(entities.get(3), PiiType.PHONE, "5550123456", call.phone, call.phone + 9);
        assertEntity(entities.get(4), PiiType.EMAIL, "john.smith@example.com", call.email, call.email + 6);
        assertEntity(entities.get(5), PiiType.DATE_OF_BIRTH, "1984-03-03", call.birth, call.birth + 4);
        assertEntity(entities.get(6), PiiType.SSN, "536224455", call.ssn, call.ssn + 8);
        assertEntity(entities.get(7), PiiType.ADDRESS, "221 baker street", call.address, call.address + 4);
        assertEntity(entities.get(8), PiiType.PERSON, "john", call.thanksName, call.thanksName);
    }

    @Test
    void entitiesCarryTheirWordsTimesAndConfidence() {
        SyntheticCall call = new SyntheticCall();
        List<Word> words = call.spoken.words();

        PiiEntity email = detector.detect(words).stream().filter(e -> e.type() == PiiType.EMAIL).findFirst().orElseThrow();

        assertThat(email.words()).containsExactly("john", "dot", "smith", "at", "example", "dot", "com");
        assertThat(email.start()).isEqualTo(words.get(call.email).start());
        assertThat(email.end()).isEqualTo(words.get(call.email + 6).end());
        assertThat(email.confidence()).isCloseTo(0.95 * 0.95, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i will call you at five",
        "the total is twenty three dollars",
        "this is great thanks",
        "i'm fine thank you",
        "can i speak to a manager please",
        "i would like to ask for help with my account",
        "call me back tomorrow afternoon",
        "i was looking at amazon dot com yesterday",
        "the meeting is on the third floor at two thirty",
        "we have two hundred and fifty customers in nineteen ninety nine",
        "i paid nineteen ninety nine for it in two thousand and five",
        "by the way i will be there at nine",
        "the one way street is closed",
        "it is a long way down the road",
        "will you send me the new card",
        "this is will he is my son",
        "press one and then press two",
        "i have been a customer for twenty years and i miss the old plan",
        "my doctor said it was fine",
        "i waited forty five minutes on hold",
        "the account was opened in twenty nineteen",
        "i'm calling about my internet",
        "my name is not important",
        "it cost one hundred twenty three thousand four hundred fifty six dollars"})
    void ordinarySentencesHaveNoPersonalData(String sentence) {
        assertThat(detect(sentence)).isEmpty();
    }

    @Test
    void aSixteenDigitRunFailingLuhnIsNoCard() {
        List<PiiEntity> entities = detect("my card is four one one one one one one one one one one one one one one two");

        assertThat(entities).extracting(PiiEntity::type).doesNotContain(PiiType.CREDIT_CARD);
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(PiiType.ACCOUNT_NUMBER);
            assertThat(e.confidence()).isLessThan(0.6);
        });
    }

    @Test
    void aLuhnValidCardNeedsNoCue() {
        assertThat(detect("it is five five oh oh oh oh five five five five five five five five five nine"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.CREDIT_CARD, "5500005555555559", 2, 17));
    }

    @Test
    void cardNumbersSpokenInPairsAreRead() {
        assertThat(detect("the card is forty one eleven eleven eleven eleven eleven eleven eleven"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.CREDIT_CARD, "4111111111111111", 3, 11));
    }

    @Test
    void cardSecurityCodesAndExpiryDatesAreCardData() {
        assertThat(detect("the cvv is seven three seven"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.CREDIT_CARD, "737", 3, 5));
        assertThat(detect("expiry oh four twenty six"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.CREDIT_CARD, "0426", 1, 4));
    }

    @Test
    void spelledEmailsAreJoined() {
        assertThat(detect("my email is j o h n at g mail dot com"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.EMAIL, "john@gmail.com", 3, 11));
        assertThat(detect("send it to j smith two three at example dot co dot uk please"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.EMAIL, "jsmith23@example.co.uk", 3, 12));
        assertThat(detect("email me at mary underscore jones at mail dot example dot org"))
                .extracting(PiiEntity::text).containsExactly("mary_jones@mail.example.org");
    }

    @Test
    void phoneNumbersWithCuesAndCountryCodes() {
        assertThat(detect("my cell is five five five one two three four"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.PHONE, "5551234", 3, 9));
        assertThat(detect("call plus four four seven nine one one one two three four five six"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.PHONE, "+447911123456", 1, 13));
        assertThat(detect("one eight hundred five five five one two one two"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.PHONE, "18005551212", 0, 9));
    }

    @Test
    void ssnSpokenInThreeTwoFourGroupsNeedsNoCue() {
        SpokenWords spoken = new SpokenWords().say("it is five three six");
        spoken.turn();
        spoken.say("two two").turn().say("four four five five");
        List<PiiEntity> entities = detector.detect(spoken.words());
        assertThat(entities).singleElement().satisfies(e -> assertEntity(e, PiiType.SSN, "536224455", 2, 10));
    }

    @Test
    void evenlySpokenNineDigitsAreNoSsn() {
        assertThat(detect("it is five three six two two four four five five"))
                .extracting(PiiEntity::type).containsExactly(PiiType.ACCOUNT_NUMBER);
    }

    @Test
    void accountNumbersAndIbans() {
        assertThat(detect("my account number is seven seven three four five one two"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.ACCOUNT_NUMBER, "7734512", 4, 10));
        assertThat(detect("my iban is g b eight two w e s t one two three four five six nine eight seven six five four three two"))
                .singleElement().satisfies(e -> {
                    assertEntity(e, PiiType.IBAN, "GB82WEST12345698765432", 3, 24);
                    assertThat(e.confidence()).isGreaterThan(0.9);
                });
        assertThat(detect("my iban is g b eight three w e s t one two three four five six nine eight seven six five four three two"))
                .singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(PiiType.IBAN);
                    assertThat(e.confidence()).isLessThan(0.6);
                });
    }

    @Test
    void datesOfBirthInTheirSpokenForms() {
        assertThat(detect("my date of birth is the third of march nineteen eighty four"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.DATE_OF_BIRTH, "1984-03-03", 6, 11));
        assertThat(detect("dob oh three oh three nineteen eighty four"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.DATE_OF_BIRTH, "1984-03-03", 1, 7));
        assertThat(detect("my birthday is july twenty first"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.DATE_OF_BIRTH, "--07-21", 3, 5));
        assertThat(detect("i was born in nineteen seventy"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.DATE_OF_BIRTH, "1970", 4, 5));
        assertThat(detect("born march three nineteen eighty four"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.DATE_OF_BIRTH, "1984-03-03", 1, 5));
    }

    @Test
    void datesWithoutABirthCueAreNotPersonal() {
        assertThat(detect("the order shipped on march third nineteen eighty four")).isEmpty();
    }

    @Test
    void addressesWithOrdinalStreetsAndApartments() {
        assertThat(detect("my address is forty two fifth avenue apartment four b"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.ADDRESS, "42 5th avenue apartment 4b", 3, 9));
        assertThat(detect("deliver it to one two three oak tree lane"))
                .singleElement().satisfies(e -> assertEntity(e, PiiType.ADDRESS, "123 oak tree lane", 3, 8));
    }

    @Test
    void namesNeedACue() {
        assertThat(detect("my name is will")).singleElement()
                .satisfies(e -> assertEntity(e, PiiType.PERSON, "will", 3, 3));
        assertThat(detect("my name is j o h n")).singleElement()
                .satisfies(e -> assertEntity(e, PiiType.PERSON, "john", 3, 6));
        assertThat(detect("my name is john smith s m i t h")).singleElement()
                .satisfies(e -> assertEntity(e, PiiType.PERSON, "john smith", 3, 9));
        assertThat(detect("hello sarah jones speaking")).singleElement()
                .satisfies(e -> assertEntity(e, PiiType.PERSON, "sarah jones", 1, 2));
        assertThat(detect("thank you mister okafor")).singleElement()
                .satisfies(e -> assertEntity(e, PiiType.PERSON, "okafor", 3, 3));
        assertThat(detect("i'm david calling about my bill")).singleElement()
                .satisfies(e -> assertEntity(e, PiiType.PERSON, "david", 1, 1));
        assertThat(detect("john and mary went to the bank")).isEmpty();
    }

    @Test
    void aFoundNameIsFoundAgainLater() {
        List<PiiEntity> entities = detect("this is maria from support yes maria that is right");

        assertThat(entities).extracting(PiiEntity::firstWord).containsExactly(2, 6);
        assertThat(entities).extracting(PiiEntity::type).containsOnly(PiiType.PERSON);
    }

    @Test
    void noEntitiesInNoWords() {
        assertThat(detector.detect(List.of())).isEmpty();
    }
}
