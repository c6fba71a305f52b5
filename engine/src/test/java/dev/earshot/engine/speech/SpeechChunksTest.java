package dev.earshot.engine.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.pipeline.TimeRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechChunksTest {

    @Test
    void chunksCutInTheMiddleOfSilencesAndCoverAllSpeech() {
        List<TimeRange> speech = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            speech.add(new TimeRange(i * 5 + 1, i * 5 + 4));
        }
        List<TimeRange> chunks = SpeechChunks.plan(speech, 100, 30);
        assertThat(chunks).hasSizeGreaterThan(3);
        for (int i = 0; i < chunks.size(); i++) {
            assertThat(chunks.get(i).length()).isLessThanOrEqualTo(30);
            if (i > 0) {
                assertThat(chunks.get(i).start()).isGreaterThanOrEqualTo(chunks.get(i - 1).end());
            }
        }
        for (TimeRange segment : speech) {
            assertThat(chunks).anySatisfy(c -> assertThat(c.start() <= segment.start() && segment.end() <= c.end()).isTrue());
        }
        assertThat(chunks.get(0).start()).isEqualTo(0.5);
        assertThat(chunks.get(1).start() - chunks.get(0).end()).as("2 s gap less two margins").isCloseTo(1.0, within(1e-9));
    }

    @Test
    void closeGroupsMeetInTheMiddleOfTheSilence() {
        List<TimeRange> chunks = SpeechChunks.plan(List.of(new TimeRange(1, 20), new TimeRange(20.4, 40)), 41, 30);
        assertThat(chunks).containsExactly(new TimeRange(0.5, 20.2), new TimeRange(20.2, 40.5));
    }

    @Test
    void longSilencesAreLeftOut() {
        List<TimeRange> chunks = SpeechChunks.plan(List.of(new TimeRange(10, 12), new TimeRange(200, 203)), 300, 30);
        assertThat(chunks).containsExactly(new TimeRange(9.5, 12.5), new TimeRange(199.5, 203.5));
    }

    @Test
    void aSegmentLongerThanAChunkIsCutIntoEqualPieces() {
        List<TimeRange> chunks = SpeechChunks.plan(List.of(new TimeRange(0, 75)), 75, 30);
        assertThat(chunks).hasSize(3);
        assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(30));
        assertThat(chunks.get(0).start()).isZero();
        assertThat(chunks.get(2).end()).isEqualTo(75);
    }

    @Test
    void noSpeechNoChunks() {
        assertThat(SpeechChunks.plan(List.of(), 60, 30)).isEmpty();
    }
}
