package dev.earshot.engine.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordErrorRateTest {

    @Test
    void countsSubstitutionsDeletionsAndInsertions() {
        assertThat(WordErrorRate.of("The cat sat.", "the cat sat")).isZero();
        assertThat(WordErrorRate.of("the cat sat on the mat", "the bat sat on mat")).isEqualTo(2 / 6.0);
        assertThat(WordErrorRate.of("a b c", "x a b c y")).isEqualTo(2 / 3.0);
        assertThat(WordErrorRate.of("a b c", "")).isEqualTo(1.0);
        assertThat(WordErrorRate.of("can't stop", "can't stop now")).isEqualTo(0.5);
    }
}
