package dev.earshot.engine.intel.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.intel.SpokenWords;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenNumbersTest {

    private static List<String> digitRuns(String text) {
        return SpokenNumbers.runs(new WordSequence(SpokenWords.of(text))).stream().map(NumberRun::digits).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "four one one one, 4111",
        "forty one eleven, 4111",
        "five five five oh one two three, 5550123",
        "double five triple zero, 55000",
        "twenty three, 23",
        "nineteen eighty four, 1984",
        "nineteen oh five, 1905",
        "twenty twenty four, 2024",
        "one hundred and five, 105",
        "one hundred twenty three, 123",
        "nineteen hundred, 1900",
        "two thousand and five, 2005",
        "two thousand five hundred, 2500",
        "one eight hundred five five five, 1800555",
        "one hundred five, 105",
        "two twenty one, 221",
        "4111 1111, 41111111"})
    void spokenNumbersBecomeDigitStrings(String spoken, String digits) {
        assertThat(digitRuns(spoken)).containsExactly(digits);
    }

    @Test
    void ohAloneIsNoNumber() {
        assertThat(digitRuns("oh i see")).isEmpty();
        assertThat(digitRuns("oh oh")).isEmpty();
    }

    @Test
    void otherWordsSeparateRuns() {
        assertThat(digitRuns("press one and then two")).containsExactly("1", "2");
        assertThat(digitRuns("i will call you at five")).containsExactly("5");
    }

    @Test
    void doubleWithoutADigitIsAWord() {
        assertThat(digitRuns("i was charged double")).isEmpty();
    }

    @Test
    void aLongPauseEndsARun() {
        SpokenWords spoken = new SpokenWords().say("one two").turn().turn().say("three");
        List<NumberRun> runs = SpokenNumbers.runs(new WordSequence(spoken.words()));
        assertThat(runs).extracting(NumberRun::digits).containsExactly("12", "3");
    }

    @Test
    void ordinalsGiveDaysOfTheMonth() {
        WordSequence words = new WordSequence(SpokenWords.of("third twenty first thirtieth"));
        assertThat(SpokenNumbers.ordinalAt(words, 0)).containsExactly(3, 1);
        assertThat(SpokenNumbers.ordinalAt(words, 1)).containsExactly(21, 2);
        assertThat(SpokenNumbers.ordinalAt(words, 3)).containsExactly(30, 1);
    }

    @Test
    void luhnAndIbanChecks() {
        assertThat(Checksums.luhn("4111111111111111")).isTrue();
        assertThat(Checksums.luhn("4111111111111112")).isFalse();
        assertThat(Checksums.luhn("5500005555555559")).isTrue();
        assertThat(Checksums.iban("GB82WEST12345698765432")).isTrue();
        assertThat(Checksums.iban("GB83WEST12345698765432")).isFalse();
    }
}
