package dev.earshot.engine.speech.diarization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.VadSettings;
import dev.earshot.engine.testing.Pcm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BicDiarizerTest {

    /**
     * Measured on the committed fixtures (2026-11), with and without the count: DER 0.000 on both (0.25 s
     * collar); 0.04 without a collar. The bound leaves room for small numeric differences between
     * platforms, not for a worse method.
     */
    private static final double DER_BOUND = 0.05;

    @TempDir
    Path dir;

    private final Diarizer diarizer = new BicDiarizer(TestSpeechModels.shared().voiceActivityDetector());

    @Test
    void theFixturesGetTheirSpeakerCountAndALowErrorWithoutBeingToldTheCount() {
        for (String name : DiarizationFixtures.NAMES) {
            Diarization found = diarizer.diarize(DiarizationFixtures.audio(name, dir), DiarizationSettings.DEFAULTS);

            DiarizationError error = DiarizationScorer.score(DiarizationFixtures.reference(name), found.turns());
            System.out.printf("diarization %s without count: %d speakers, DER %.4f (collar 0: %.4f)%n", name,
                    found.speakerCount(), error.rate(),
                    DiarizationScorer.score(DiarizationFixtures.reference(name), found.turns(), 0).rate());
            assertThat(found.speakerCount()).as(name).isEqualTo(DiarizationFixtures.speakerCount(name));
            assertThat(error.rate()).as(name).isLessThanOrEqualTo(DER_BOUND);
        }
    }

    @Test
    void theFixturesGetALowErrorWhenTheCountIsGiven() {
        for (String name : DiarizationFixtures.NAMES) {
            int count = DiarizationFixtures.speakerCount(name);
            Diarization found = diarizer.diarize(DiarizationFixtures.audio(name, dir),
                    DiarizationSettings.exactly(count));

            DiarizationError error = DiarizationScorer.score(DiarizationFixtures.reference(name), found.turns());
            System.out.printf("diarization %s with count %d: DER %.4f%n", name, count, error.rate());
            assertThat(found.speakerCount()).as(name).isEqualTo(count);
            assertThat(error.rate()).as(name).isLessThanOrEqualTo(DER_BOUND);
        }
    }

    @Test
    void oneVoiceIsOneSpeaker() {
        for (String name : List.of("us-male-160-16k.wav", "gb-female-140-16k.wav", "us-female-190-11k.wav")) {
            Diarization found = diarizer.diarize(SpeechFixtures.load(name, dir), DiarizationSettings.DEFAULTS);

            assertThat(found.speakers()).as(name).containsExactly("S1");
            assertThat(found.turns()).as(name).isNotEmpty();
        }
    }

    @Test
    void turnsAreOrderedApartInsideTheAudioAndLabelledByFirstAppearance() {
        PcmFile audio = DiarizationFixtures.audio("three-speakers", dir);

        Diarization found = diarizer.diarize(audio, DiarizationSettings.DEFAULTS);

        List<String> seen = new ArrayList<>();
        double previousEnd = 0;
        for (SpeakerTurn turn : found.turns()) {
            assertThat(turn.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(turn.end()).isLessThanOrEqualTo(audio.durationSeconds());
            if (!seen.contains(turn.speaker())) {
                seen.add(turn.speaker());
            }
            previousEnd = turn.end();
        }
        assertThat(seen).containsExactly("S1", "S2", "S3");
        assertThat(found.speakers()).isEqualTo(seen);
    }

    @Test
    void theCountLimitsAreHonoured() {
        PcmFile two = DiarizationFixtures.audio("two-speakers", dir);
        PcmFile three = DiarizationFixtures.audio("three-speakers", dir);

        assertThat(diarizer.diarize(two, DiarizationSettings.exactly(3)).speakerCount()).isEqualTo(3);
        assertThat(diarizer.diarize(three, DiarizationSettings.exactly(1)).speakers()).containsExactly("S1");
        assertThat(diarizer.diarize(three, DiarizationSettings.of(null, null, 2, VadSettings.DEFAULTS))
                .speakerCount()).isEqualTo(2);
        assertThat(diarizer.diarize(two, DiarizationSettings.of(null, 3, null, VadSettings.DEFAULTS))
                .speakerCount()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void overlappedSpeechGoesToTheDominantVoiceAlone() {
        float[] samples = Pcm.read(DiarizationFixtures.audio("two-speakers", dir));
        int rate = AudioFormat.SPEECH.sampleRate();
        for (int i = 0; i < 2 * rate; i++) {
            samples[8 * rate + i] += 0.25f * samples[4 * rate + i];
        }
        PcmFile audio = Pcm.write(dir.resolve("overlap.pcm"), AudioFormat.SPEECH, samples);
        List<SpeakerTurn> reference = DiarizationFixtures.reference("two-speakers");

        Diarization found = diarizer.diarize(audio, DiarizationSettings.exactly(2));

        String agent = DiarizationScorer.score(reference, found.turns()).mapping().get("agent");
        double agentSeconds = found.turns().stream().filter(turn -> turn.speaker().equals(agent))
                .mapToDouble(turn -> turn.overlap(8, 10)).sum();
        double anySeconds = found.turns().stream().mapToDouble(turn -> turn.overlap(8, 10)).sum();
        assertThat(anySeconds).isCloseTo(2.0, within(0.05));
        assertThat(agentSeconds).isGreaterThanOrEqualTo(1.8);
    }

    @Test
    void stereoAudioAtAnotherRateGivesTheSameSpeakers() {
        float[] mono = Pcm.read(DiarizationFixtures.audio("two-speakers", dir));
        float[] stereo32k = new float[mono.length * 4];
        for (int i = 0; i < mono.length; i++) {
            for (int k = 0; k < 4; k++) {
                stereo32k[4 * i + k] = mono[i];
            }
        }
        PcmFile audio = Pcm.write(dir.resolve("stereo.pcm"), new AudioFormat(32_000, 2), stereo32k);

        Diarization found = diarizer.diarize(audio, DiarizationSettings.DEFAULTS);

        assertThat(found.speakerCount()).isEqualTo(2);
        assertThat(DiarizationScorer.score(DiarizationFixtures.reference("two-speakers"), found.turns()).rate())
                .isLessThanOrEqualTo(DER_BOUND);
    }

    @Test
    void silenceAndEmptyAudioHaveNoTurns() {
        PcmFile silence = SpeechFixtures.silence(dir.resolve("silence.pcm"), AudioFormat.SPEECH, 5);
        PcmFile empty = SpeechFixtures.silence(dir.resolve("empty.pcm"), AudioFormat.SPEECH, 0);

        for (PcmFile audio : List.of(silence, empty)) {
            Diarization found = diarizer.diarize(audio, DiarizationSettings.DEFAULTS);
            assertThat(found.turns()).isEmpty();
            assertThat(found.speakers()).isEmpty();
            assertThat(found.toRttm("x")).isEmpty();
        }
    }

    @Test
    void progressRisesToOneAndAThrowingListenerCancels() {
        PcmFile audio = DiarizationFixtures.audio("two-speakers", dir);
        List<Double> reports = new ArrayList<>();

        diarizer.diarize(audio, DiarizationSettings.DEFAULTS, reports::add);

        assertThat(reports).isSortedAccordingTo(Double::compare).last().isEqualTo(1.0);
        assertThatThrownBy(() -> diarizer.diarize(audio, DiarizationSettings.DEFAULTS, fraction -> {
            if (fraction > 0.6) {
                throw new IllegalStateException("cancelled");
            }
        })).hasMessage("cancelled");
    }

    @Test
    void parallelCallsGiveTheSameTurnsAsOneAtATime() throws Exception {
        List<PcmFile> files = new ArrayList<>();
        List<Diarization> sequential = new ArrayList<>();
        for (String name : DiarizationFixtures.NAMES) {
            PcmFile audio = DiarizationFixtures.audio(name, dir);
            files.add(audio);
            sequential.add(diarizer.diarize(audio, DiarizationSettings.DEFAULTS));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Diarization>> parallel = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (PcmFile file : files) {
                    parallel.add(pool.submit(() -> diarizer.diarize(file, DiarizationSettings.DEFAULTS)));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i % files.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
