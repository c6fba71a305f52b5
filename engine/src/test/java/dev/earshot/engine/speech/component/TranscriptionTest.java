package dev.earshot.engine.speech.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.Problem;
import dev.earshot.engine.error.StepRejectedException;
import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.WordErrorRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptionTest {

    /** The bound of VoskTranscriberTest (measured there: 0.155 over the three fixtures). */
    private static final double MAX_WER = 0.25;

    private static final Pattern CUE = Pattern.compile(
            "(\\d{2,}):(\\d{2}):(\\d{2})[,.](\\d{3}) --> (\\d{2,}):(\\d{2}):(\\d{2})[,.](\\d{3})\\n((?:.+\\n)+)\\n");

    @TempDir
    Path dir;

    private final Transcription component = new Transcription(TestSpeechModels.shared());

    @Test
    void wordsMatchTheReferenceAndTheMetricsHaveTheDocumentedShape() {
        int errors = 0;
        int words = 0;
        for (Map.Entry<String, String> fixture : SpeechFixtures.transcripts().entrySet()) {
            PcmFile audio = SpeechFixtures.load(fixture.getKey(), dir);
            Map<String, Object> metrics = Steps.metrics(component, Map.of(), dir, audio);
            assertThat(metrics).containsOnlyKeys("text", "language", "duration_seconds", "word_count", "words",
                    "utterances");
            List<String> reference = WordErrorRate.normalize(fixture.getValue());
            errors += WordErrorRate.errors(reference, WordErrorRate.normalize((String) metrics.get("text")));
            words += reference.size();
            assertThat(metrics.get("language")).isEqualTo("en");
            assertThat((Double) metrics.get("duration_seconds")).isCloseTo(audio.durationSeconds(),
                    within(0.001));
            List<Map<String, Object>> wordList = Steps.objects(metrics, "words");
            assertThat(metrics.get("word_count")).isEqualTo(wordList.size());
            assertThat(wordList).allSatisfy(w -> assertThat(w).containsOnlyKeys("text", "start", "end", "confidence"));
            assertThat(Steps.objects(metrics, "utterances")).isNotEmpty()
                    .allSatisfy(u -> assertThat(u).containsOnlyKeys("start", "end", "text"));
        }
        double wer = errors / (double) words;
        System.out.printf("transcribe: WER %.3f over the fixtures (%d errors / %d words)%n", wer, errors, words);
        assertThat(wer).isLessThan(MAX_WER);
    }

    @Test
    void writesTheFourArtifactsAndTheCaptionsParseBack() throws IOException {
        PcmFile audio = SpeechFixtures.load("gb-female-140-16k.wav", dir);
        StepOutput output = Steps.run(component, Map.of("language", "en-GB"), dir, audio);
        assertThat(output.artifacts()).extracting(Artifact::name).containsExactly("json", "txt", "srt", "vtt");
        assertThat(output.artifacts()).extracting(Artifact::contentType).containsExactly("application/json",
                "text/plain; charset=utf-8", "application/x-subrip", "text/vtt");
        Map<String, Path> files = new HashMap<>();
        output.artifacts().forEach(a -> files.put(a.name(), a.file()));
        String text = (String) output.metrics().get("text");

        assertThat(Files.readString(files.get("json"))).startsWith("{\"language\":\"en\",\"text\":\"" + text + "\"");
        assertThat(Files.readString(files.get("txt")).replace('\n', ' ').trim()).isEqualTo(text);
        String srt = Files.readString(files.get("srt"));
        String vtt = Files.readString(files.get("vtt"));
        assertThat(vtt).startsWith("WEBVTT\n\n");
        List<double[]> srtCues = cues(srt, audio.durationSeconds());
        List<double[]> vttCues = cues(vtt.substring("WEBVTT\n\n".length()), audio.durationSeconds());
        assertThat(srtCues).hasSameSizeAs(vttCues).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < srtCues.size(); i++) {
            assertThat(srtCues.get(i)).containsExactly(vttCues.get(i));
        }
        assertThat(srt).startsWith("1\n");
    }

    @Test
    void silenceGivesAnEmptyTranscriptAndEmptyCaptions() throws IOException {
        PcmFile silence = SpeechFixtures.silence(dir.resolve("s.pcm"), new AudioFormat(22_050, 2), 3);
        StepOutput output = Steps.run(component, Map.of(), dir, silence);
        assertThat(output.metrics()).containsEntry("text", "").containsEntry("word_count", 0);
        assertThat(Files.readString(output.artifacts().get(2).file())).isEmpty();
    }

    @Test
    void otherLanguagesAreRejectedWithTheSupportedList() {
        List<Problem> problems = Steps.problems(component, Map.of("language", "de-DE"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("language");
            assertThat(p.message()).contains("'de-DE'", "supported languages: en");
        });
        assertThat(Steps.problems(component, Map.of("language", 7))).singleElement()
                .extracting(Problem::message).asString().contains("must be a string");
        assertThat(Steps.parse(component, Map.of("language", "EN_us"))).isEqualTo(new TranscriptionParams("en"));
        assertThat(Steps.parse(component, Map.of())).isEqualTo(new TranscriptionParams("en"));

        PcmFile audio = SpeechFixtures.silence(dir.resolve("s.pcm"), AudioFormat.SPEECH, 1);
        StepContext context = StepContext.standalone(audio, List.of(audio), dir);
        assertThatThrownBy(() -> component.run(context, new TranscriptionParams("fr")))
                .isInstanceOf(StepRejectedException.class)
                .hasMessageContaining("'fr'").hasMessageContaining("supported languages: en");
    }

    /** Cue start and end times in seconds, checking each cue's shape, order and text. */
    private static List<double[]> cues(String captions, double duration) {
        Matcher matcher = CUE.matcher(captions);
        List<double[]> cues = new ArrayList<>();
        int end = 0;
        double previousEnd = 0;
        while (matcher.find()) {
            if (matcher.start() > end) {
                assertThat(captions.substring(end, matcher.start())).matches("\\d+\\n");
            }
            double start = seconds(matcher, 1);
            double stop = seconds(matcher, 5);
            assertThat(start).isGreaterThanOrEqualTo(previousEnd).isLessThan(stop);
            assertThat(stop).isLessThanOrEqualTo(duration + 0.05);
            assertThat(matcher.group(9).split("\n")).hasSizeLessThanOrEqualTo(2)
                    .allSatisfy(line -> assertThat(line).isNotBlank().hasSizeLessThanOrEqualTo(42));
            cues.add(new double[] {start, stop});
            previousEnd = stop;
            end = matcher.end();
        }
        assertThat(end).as("whole file parsed").isEqualTo(captions.length());
        return cues;
    }

    private static double seconds(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group)) * 3600 + Integer.parseInt(matcher.group(group + 1)) * 60
                + Integer.parseInt(matcher.group(group + 2)) + Integer.parseInt(matcher.group(group + 3)) / 1000.0;
    }
}
