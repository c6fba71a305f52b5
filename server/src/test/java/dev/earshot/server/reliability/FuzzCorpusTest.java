package dev.earshot.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.reliability.ValidAudio.Sample;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus is the same for the same seed, really malformed, and its Ogg edits carry a valid page checksum. */
class FuzzCorpusTest {

    private static List<Sample> samples;

    @BeforeAll
    static void samples(@TempDir Path dir) {
        samples = ValidAudio.all(dir);
    }

    @Test
    void theSameSeedMakesTheSameCorpusAndAnotherSeedAnotherOne() {
        List<FuzzCase> first = FuzzCorpus.generate(samples, 6, false);
        List<FuzzCase> again = FuzzCorpus.generate(samples, 6, false);
        List<FuzzCase> other = FuzzCorpus.generate(samples, 7, false);

        assertThat(again).extracting(FuzzCase::name).isEqualTo(first.stream().map(FuzzCase::name).toList());
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i).bytes()).as(first.get(i).name()).isEqualTo(first.get(i).bytes());
        }
        assertThat(other).extracting(FuzzCase::name).isNotEqualTo(first.stream().map(FuzzCase::name).toList());
    }

    @Test
    void everyCaseButAWrongExtensionDiffersFromTheValidFileItCameFrom() {
        Map<String, byte[]> valid = samples.stream().collect(Collectors.toMap(Sample::name, Sample::bytes));
        for (FuzzCase file : FuzzCorpus.generate(samples, 6, true)) {
            byte[] source = valid.get(file.name().substring(0, file.name().indexOf('/')));
            if (source != null && !file.name().contains("/as-")) {
                assertThat(Arrays.equals(file.bytes(), source)).as(file.name()).isFalse();
            }
        }
    }

    @Test
    void theHeavyCorpusHasManyMoreTruncationsAndFlips() {
        assertThat(FuzzCorpus.generate(samples, 6, true).size())
                .isGreaterThan(3 * FuzzCorpus.generate(samples, 6, false).size());
    }

    @Test
    void recomputingTheChecksumOfAnUntouchedOggPageGivesItsOwnChecksum() {
        Map<String, Sample> byName = samples.stream().collect(Collectors.toMap(Sample::name, Function.identity()));
        for (String ogg : List.of("ogg-vorbis", "ogg-opus")) {
            byte[] bytes = byName.get(ogg).bytes().clone();
            OggPages.fixChecksum(bytes, 0);
            assertThat(bytes).as(ogg).isEqualTo(byName.get(ogg).bytes());
        }
    }
}
