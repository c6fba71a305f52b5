package dev.earshot.engine.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeechLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "EN", "en-US", "en-GB", "en_AU", "eng", "English", " en-us "})
    void englishTagsUseTheEnglishModel(String tag) {
        assertThat(SpeechLanguage.of(tag)).isEqualTo(SpeechLanguage.ENGLISH);
    }

    @Test
    void noTagMeansEnglish() {
        assertThat(SpeechLanguage.of(null)).isEqualTo(SpeechLanguage.ENGLISH);
        assertThat(SpeechLanguage.of("")).isEqualTo(SpeechLanguage.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr-FR", "es", "zh-Hans", "eo", "pt-BR"})
    void otherLanguagesAreRefusedNamingTheSupportedOnes(String tag) {
        assertThatThrownBy(() -> SpeechLanguage.of(tag))
                .isInstanceOfSatisfying(UnsupportedLanguageException.class, e -> {
                    assertThat(e.requested()).isEqualTo(tag);
                    assertThat(e.supported()).containsExactly("en");
                })
                .hasMessageContaining("supported languages: en");
    }
}
