package dev.earshot.engine.speech.diarization;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.speech.SpeechFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The committed multi-speaker conversations (see make-fixtures.sh) and their reference RTTM. */
public final class DiarizationFixtures {

    /** Fixture names with their true speaker counts. */
    public static final List<String> NAMES = List.of("two-speakers", "three-speakers");

    private DiarizationFixtures() {
    }

    public static PcmFile audio(String name, Path dir) {
        return SpeechFixtures.loadWav("/diarization/" + name + ".wav", dir);
    }

    public static List<SpeakerTurn> reference(String name) {
        return Rttm.parse(new String(SpeechFixtures.bytes("/diarization/" + name + ".rttm"), StandardCharsets.UTF_8));
    }

    public static int speakerCount(String name) {
        return (int) reference(name).stream().map(SpeakerTurn::speaker).distinct().count();
    }
}
