package dev.earshot.engine.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.PipelineCancelledException;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.TranscriptFormat;
import dev.earshot.engine.speech.transcript.Word;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoskTranscriberTest {

    /**
     * Measured on the three espeak-ng fixtures: 0.155 (9 errors in 58 words; per file 0.263, 0.150, 0.053).
     * Synthetic voices are hard for the small Vosk model ("three apples at" comes out as "free apple maps").
     * The bound allows five more errors, for floating-point differences between machines.
     */
    private static final double MAX_WER = 0.25;

    @TempDir
    Path dir;

    private final Transcriber transcriber = TestSpeechModels.shared().transcriber();

    @Test
    void wordErrorRateOnTheFixturesIsBelowTheBound() {
        int errors = 0;
        int words = 0;
        for (Map.Entry<String, String> fixture : SpeechFixtures.transcripts().entrySet()) {
            PcmFile audio = SpeechFixtures.load(fixture.getKey(), dir);
            Transcript transcript = transcriber.transcribe(audio, TranscriptionSettings.defaults());
            List<String> reference = WordErrorRate.normalize(fixture.getValue());
            int fileErrors = WordErrorRate.errors(reference, WordErrorRate.normalize(transcript.text()));
            System.out.printf("ASR %s: WER %.3f%n  ref: %s%n  hyp: %s%n", fixture.getKey(),
                    fileErrors / (double) reference.size(), fixture.getValue(), transcript.text());
            errors += fileErrors;
            words += reference.size();
            assertThat(transcript.language()).isEqualTo("en");
            assertTimesAreOrderedAndInside(transcript, audio.durationSeconds());
        }
        double wer = errors / (double) words;
        System.out.printf("ASR overall WER %.3f (%d errors / %d words)%n", wer, errors, words);
        assertThat(wer).isLessThan(MAX_WER);
    }

    @Test
    void utterancesFollowTheKnownPauses() {
        PcmFile audio = SpeechFixtures.load("gb-female-140-16k.wav", dir);
        Transcript transcript = transcriber.transcribe(audio, TranscriptionSettings.defaults());
        assertThat(transcript.utterances()).hasSize(2);
        assertThat(transcript.utterances().get(0).end()).isLessThan(3.4);
        assertThat(transcript.utterances().get(1).start()).isGreaterThan(3.2);
        String srt = TranscriptFormat.SRT.render(transcript);
        assertThat(srt).startsWith("1\n00:00:00,").contains("\n\n2\n00:00:0").contains(" --> ");
        assertThat(TranscriptFormat.VTT.render(transcript)).startsWith("WEBVTT\n\n00:00:00.");
    }

    @Test
    void parallelGivesTheSameWordsAsSequentialOnALongRecording() throws Exception {
        List<PcmFile> parts = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String name : SpeechFixtures.FILES.subList(0, 2)) {
                parts.add(SpeechFixtures.load(name, dir));
            }
        }
        PcmFile longer = SpeechFixtures.concatenate(dir.resolve("long.pcm"), parts);
        TranscriptionSettings settings = TranscriptionSettings.defaults().withMaxChunkSeconds(10);
        Transcript sequential = transcriber.transcribe(longer, settings.withWorkers(1));
        Transcript parallel = transcriber.transcribe(longer, settings.withWorkers(3));
        assertThat(parallel.words()).hasSameSizeAs(sequential.words());
        for (int i = 0; i < sequential.words().size(); i++) {
            Word one = sequential.words().get(i);
            Word other = parallel.words().get(i);
            assertThat(other.text()).isEqualTo(one.text());
            assertThat(other.confidence()).isEqualTo(one.confidence());
            assertThat(other.start()).as("Vosk's float times, rounded to ms").isCloseTo(one.start(), within(0.0015));
            assertThat(other.end()).isCloseTo(one.end(), within(0.0015));
        }
        assertThat(sequential.words().size()).isGreaterThan(80);
        assertTimesAreOrderedAndInside(parallel, longer.durationSeconds());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("speech16k"))).isEmpty();
        }
    }

    @Test
    void cancellingStopsTheWorkersAndLeavesTheTranscriberUsable() {
        PcmFile one = SpeechFixtures.load("gb-female-140-16k.wav", dir);
        PcmFile longer = SpeechFixtures.concatenate(dir.resolve("four.pcm"), List.of(one, one, one, one));
        TranscriptionSettings settings = TranscriptionSettings.defaults().withWorkers(2).withMaxChunkSeconds(10);
        List<Double> reports = new ArrayList<>();
        assertThatThrownBy(() -> transcriber.transcribe(longer, settings, fraction -> {
            reports.add(fraction);
            if (fraction > 0.2) {
                throw new PipelineCancelledException("stop");
            }
        })).isInstanceOf(PipelineCancelledException.class);
        assertThat(reports).isSorted().last().isNotEqualTo(1.0);
        Transcript again = transcriber.transcribe(one, settings);
        assertThat(again.text()).isEqualTo(transcriber.transcribe(one, settings.withWorkers(1)).text());
        assertThat(again.words()).hasSizeGreaterThan(15);
    }

    @Test
    void silenceGivesAnEmptyTranscript() {
        PcmFile silence = SpeechFixtures.silence(dir.resolve("s.pcm"), new AudioFormat(8000, 1), 3);
        Transcript transcript = transcriber.transcribe(silence, TranscriptionSettings.defaults());
        assertThat(transcript.words()).isEmpty();
        assertThat(transcript.text()).isEmpty();
    }

    @Test
    void otherLanguagesAreRejectedBeforeAnyWork() {
        PcmFile audio = SpeechFixtures.silence(dir.resolve("s.pcm"), AudioFormat.SPEECH, 1);
        assertThatThrownBy(() -> transcriber.transcribe(audio, TranscriptionSettings.defaults().withLanguage("de-DE")))
                .isInstanceOf(UnsupportedLanguageException.class)
                .hasMessageContaining("de-DE").hasMessageContaining("supported languages: en");
        assertThat(transcriber.transcribe(audio, TranscriptionSettings.defaults().withLanguage("en-GB")).language())
                .isEqualTo("en");
    }

    private static void assertTimesAreOrderedAndInside(Transcript transcript, double duration) {
        double previous = 0;
        for (Word word : transcript.words()) {
            assertThat(word.start()).isGreaterThanOrEqualTo(previous);
            assertThat(word.end()).isLessThanOrEqualTo(duration + 0.05);
            previous = word.start();
        }
    }
}
