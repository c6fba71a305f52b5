package dev.earshot.engine.speech.diarization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RttmTest {

    @Test
    void turnsAreWrittenAsSpeakerLinesWithStartAndDuration() {
        String rttm = Rttm.format("call-7", List.of(new SpeakerTurn("S1", 0.5, 2.25), new SpeakerTurn("S2", 2.5, 4)));

        assertThat(rttm).isEqualTo("SPEAKER call-7 1 0.500 1.750 <NA> <NA> S1 <NA> <NA>\n"
                + "SPEAKER call-7 1 2.500 1.500 <NA> <NA> S2 <NA> <NA>\n");
    }

    @Test
    void writtenTurnsReadBackTheSame() {
        List<SpeakerTurn> turns = List.of(new SpeakerTurn("S1", 0.125, 3.5), new SpeakerTurn("S2", 3.5, 10.75));

        assertThat(Rttm.parse(Rttm.format("x", turns))).isEqualTo(turns);
    }

    @Test
    void otherRecordTypesBlankLinesAndZeroDurationsAreSkipped() {
        String text = "SPKR-INFO f 1 <NA> <NA> <NA> unknown A <NA> <NA>\n\n"
                + "SPEAKER f 1 1.0 0.000 <NA> <NA> A <NA> <NA>\r\n"
                + "SPEAKER f 1 2.0 1.5 <NA> <NA> B <NA> <NA>\n";

        assertThat(Rttm.parse(text)).containsExactly(new SpeakerTurn("B", 2.0, 3.5));
    }

    @Test
    void aMalformedSpeakerLineIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> Rttm.parse("SPEAKER f 1 2.0 1.5 <NA> <NA> B\nSPEAKER f 1 two 1 <NA> <NA> B"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Rttm.parse("SPEAKER f 1 2.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }

    @Test
    void aFileIdWithWhiteSpaceIsRefused() {
        assertThatThrownBy(() -> Rttm.format("my call", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file id");
    }
}
