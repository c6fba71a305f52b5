package dev.earshot.engine.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodesTest {

    @ParameterizedTest
    @CsvSource({"en,eng,English", "es,spa,Spanish", "fr,fra,French", "de,deu,German", "ca,cat,Catalan",
            "pt,por,Portuguese", "it,ita,Italian", "gl,glg,Galician", "nb,nob,Norwegian Bokmål", "oc,oci,Occitan"})
    void twoAndThreeLetterCodesMapBothWays(String two, String three, String name) {
        assertThat(LanguageCodes.iso3(two)).isEqualTo(three);
        assertThat(LanguageCodes.iso3(three)).isEqualTo(three);
        assertThat(LanguageCodes.iso1(three)).isEqualTo(two);
        assertThat(LanguageCodes.iso1(two)).isEqualTo(two);
        assertThat(LanguageCodes.englishName(two)).isEqualTo(name);
        assertThat(LanguageCodes.englishName(three)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"EN,eng", "en-US,eng", "es_419,spa", " Fr ,fra", "SPA,spa"})
    void caseRegionsAndSpacesAreIgnored(String code, String three) {
        assertThat(LanguageCodes.iso3(code)).isEqualTo(three);
    }

    @ParameterizedTest
    @CsvSource({"cmn,zh", "pes,fa", "lvs,lv", "ekk,et", "plt,mg"})
    void individualLanguagesOfTheDetectorMapToTheirMacrolanguage(String three, String two) {
        assertThat(LanguageCodes.iso1(three)).isEqualTo(two);
    }

    @ParameterizedTest
    @ValueSource(strings = {"und", "ast", "ceb", "war"})
    void languagesWithoutATwoLetterCodeHaveNone(String three) {
        assertThat(LanguageCodes.iso1(three)).isNull();
        assertThat(LanguageCodes.englishName(three)).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e", "xx", "english", "e1", "../", "ñe"})
    void anythingElseIsRefusedWithAnExample(String code) {
        assertThatThrownBy(() -> LanguageCodes.iso3(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 639").hasMessageContaining("eng");
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> LanguageCodes.iso3(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("required");
    }
}
