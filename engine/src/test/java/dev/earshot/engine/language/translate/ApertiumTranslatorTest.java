package dev.earshot.engine.language.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.earshot.engine.language.UnavailableCapabilityException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real Apertium with its English–Spanish pair (Debian packages apertium and apertium-eng-spa, which
 * .ci/run installs); the tests that need it are skipped only when the {@code apertium} command is absent.
 */
class ApertiumTranslatorTest {

    private static Apertium apertium;

    @TempDir
    Path dir;

    @BeforeAll
    static void detect() {
        apertium = Apertium.detect();
    }

    private static ApertiumTranslator installed(boolean marks) {
        assumeTrue(apertium.installed(), "the apertium command is not installed");
        return new ApertiumTranslator(apertium, Duration.ofSeconds(30), marks);
    }

    @Test
    void detectionFindsTheEnglishSpanishPairBothWays() {
        installed(false);
        assertThat(apertium.modes()).contains("eng-spa", "spa-eng");
        assertThat(apertium.mode("en", "es")).contains("eng-spa");
        assertThat(apertium.mode("spa", "eng")).contains("spa-eng");
        assertThat(apertium.mode("eng", "fra")).isEmpty();
    }

    @Test
    void englishTranscriptTextBecomesSpanish() {
        Translation translation = installed(false).translate("the weather is nice today", "en", "es");
        assertThat(translation.text()).isEqualTo("El tiempo es bueno hoy");
        assertThat(translation.source()).isEqualTo("eng");
        assertThat(translation.target()).isEqualTo("spa");
        assertThat(translation.method()).isEqualTo("apertium");
    }

    @Test
    void spanishBecomesEnglishWithAccentsAndLinesKept() {
        Translation translation = installed(false).translate("el niño comió una manzana\nmuchas gracias\n",
                "spa", "eng");
        assertThat(translation.text()).isEqualTo("The boy ate an apple\nthank you very much\n");
    }

    @Test
    void unknownWordsAreMarkedOnlyWhenAsked() {
        String text = "please call the zorblax office";
        assertThat(installed(true).translate(text, "en", "es").text()).contains("*zorblax");
        assertThat(installed(false).translate(text, "en", "es").text()).contains("zorblax").doesNotContain("*");
    }

    @Test
    void aPairThatIsNotInstalledNamesThePackageToInstall() {
        ApertiumTranslator translator = installed(false);
        assertThat(translator.supports("en", "ca")).isFalse();
        assertThatThrownBy(() -> translator.translate("hello there", "en", "ca"))
                .isInstanceOfSatisfying(UnavailableCapabilityException.class, e -> {
                    assertThat(e.capability()).isEqualTo("translation eng→cat with Apertium");
                    assertThat(e.remedy()).startsWith("install the Debian package apertium-eng-cat")
                            .contains("eng-spa");
                });
        assertThatThrownBy(() -> translator.translate("hello there", "eng", "fra"))
                .isInstanceOfSatisfying(UnavailableCapabilityException.class, e -> assertThat(e.remedy())
                        .startsWith("no Debian package of Apertium translates eng-fra"));
        assertThatThrownBy(() -> translator.translate("hello", "fra", "spa"))
                .isInstanceOfSatisfying(UnavailableCapabilityException.class, e -> assertThat(e.remedy())
                        .startsWith("install the Debian package apertium-fr-es"));
    }

    @Test
    void withoutApertiumTheAnswerSaysToInstallItWithAPair() {
        ApertiumTranslator translator = new ApertiumTranslator(Apertium.at(dir.resolve("apertium")),
                Duration.ofSeconds(5), false);
        assertThat(translator.supports("en", "es")).isFalse();
        assertThatThrownBy(() -> translator.translate("hello there", "en", "es"))
                .isInstanceOf(UnavailableCapabilityException.class)
                .hasMessageContaining("install Apertium and its data for eng-spa: the Debian packages apertium and "
                        + "apertium-eng-spa");
        assertThatThrownBy(() -> translator.translate("hello there", "en", "de"))
                .isInstanceOf(UnavailableCapabilityException.class)
                .hasMessageContaining("no Debian package of Apertium translates eng-deu (and Apertium itself");
    }

    @Test
    void sameLanguageAndBlankTextNeedNoProcess() {
        ApertiumTranslator translator = new ApertiumTranslator(FakeApertium.listingEngSpaThen(dir, "exit 9"),
                Duration.ofSeconds(5), false);
        assertThat(translator.translate("hola", "es", "spa")).isEqualTo(new Translation("hola", "spa", "spa", "none"));
        assertThat(translator.translate("  ", "en", "es").text()).isEmpty();
    }

    @Test
    void aRunPastTheTimeLimitIsStoppedAndReported() {
        ApertiumTranslator translator = new ApertiumTranslator(FakeApertium.listingEngSpaThen(dir, "sleep 30"),
                Duration.ofMillis(500), false);
        long started = System.nanoTime();
        assertThatThrownBy(() -> translator.translate("secret words", "en", "es"))
                .isInstanceOfSatisfying(ToolFailedException.class, e -> {
                    assertThat(e.timedOut()).isTrue();
                    assertThat(e.getMessage()).contains("eng-spa did not finish within 500 ms")
                            .doesNotContain("secret words");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aFailingRunReportsItsExitCodeAndErrorButNotTheText() {
        ApertiumTranslator translator = new ApertiumTranslator(
                FakeApertium.listingEngSpaThen(dir, "echo 'Error: dictionary damaged' >&2; exit 3"),
                Duration.ofSeconds(5), false);
        assertThatThrownBy(() -> translator.translate("secret words", "en", "es"))
                .isInstanceOfSatisfying(ToolFailedException.class, e -> {
                    assertThat(e.timedOut()).isFalse();
                    assertThat(e.getMessage()).contains("-u eng-spa exited with 3: Error: dictionary damaged")
                            .doesNotContain("secret words");
                });
    }

    @Test
    void apertiumsErrorMarksAreRemovedWithoutMarksAndKeptWithThem() {
        String script = "cat >/dev/null; printf 'El #bueno @perro *zorblax e-mail ana@example.com'";
        Apertium fake = FakeApertium.listingEngSpaThen(dir, script);
        assertThat(new ApertiumTranslator(fake, Duration.ofSeconds(5), false).translate("x", "en", "es").text())
                .isEqualTo("El bueno perro *zorblax e-mail ana@example.com");
        assertThat(new ApertiumTranslator(fake, Duration.ofSeconds(5), true).translate("x", "en", "es").text())
                .isEqualTo("El #bueno @perro *zorblax e-mail ana@example.com");
    }

    @Test
    void textLongerThanTheLimitIsRefusedAndTemporaryFilesAreCleanedUp() throws IOException {
        ApertiumTranslator translator = installed(false);
        assertThatThrownBy(() -> translator.translate("a".repeat(ApertiumTranslator.MAX_TEXT_CHARS + 1), "en", "es"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200000");
        long before = temporaryFolders();
        translator.translate("good morning", "en", "es");
        assertThat(temporaryFolders()).isEqualTo(before);
    }

    @Test
    void aSentenceTakesWellUnderASecond() {
        ApertiumTranslator translator = installed(false);
        translator.translate("warm up", "en", "es");
        int runs = 5;
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            translator.translate("the weather is nice today please send me a report before noon", "en", "es");
        }
        double seconds = (System.nanoTime() - started) / 1e9 / runs;
        System.out.println(String.format(Locale.ROOT, "apertium eng-spa: %.3f s per sentence", seconds));
        assertThat(seconds).isLessThan(2.0);
    }

    private static long temporaryFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("earshot-apertium-")).count();
        }
    }
}
