package dev.earshot.engine.speech.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TranscriptFormatTest {

    private static final Pattern SRT_TIME = Pattern.compile("(\\d{2,}):(\\d{2}):(\\d{2}),(\\d{3}) --> (\\d{2,}):(\\d{2}):(\\d{2}),(\\d{3})");
    private static final Pattern VTT_TIME = Pattern.compile("(\\d{2,}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2,}):(\\d{2}):(\\d{2})\\.(\\d{3})");

    /**
     * 200 words of 3 to 9 letters at about 2.5 words/s, 0.1 s apart, with an extra 1.5 s after every 23rd word
     * (a new utterance) and 0.5 s after every 11th (a new caption, same utterance); then one 48-letter word.
     */
    static Transcript longTranscript() {
        List<Word> words = new ArrayList<>();
        double t = 0.2;
        for (int i = 0; i < 200; i++) {
            String text = "w" + "abcdefgh".substring(0, 2 + i % 7) + (i == 50 ? "<&>" : "");
            double length = 0.2 + (i % 5) * 0.05;
            words.add(new Word(text, t, t + length, 0.5 + (i % 10) / 20.0));
            t += length + 0.1 + (i % 23 == 22 ? 1.5 : 0) + (i % 11 == 10 ? 0.5 : 0);
        }
        words.add(new Word("antidisestablishmentarianismantidisestablishment", t, t + 2, 1));
        return Transcript.of(words, "en");
    }

    @Test
    void srtParsesBackWithMonotoneTimesAndReadableCaptions() {
        Transcript transcript = longTranscript();
        List<String[]> cues = cues(TranscriptFormat.SRT.render(transcript), false);
        assertThat(cues).hasSizeGreaterThan(10);
        checkCues(cues, SRT_TIME, transcript);
    }

    @Test
    void vttParsesBackAndEscapesMarkup() {
        Transcript transcript = longTranscript();
        String vtt = TranscriptFormat.VTT.render(transcript);
        assertThat(vtt).startsWith("WEBVTT\n\n").contains("&lt;&amp;&gt;").doesNotContain("<&>");
        checkCues(cues(vtt.substring("WEBVTT\n\n".length()), true), VTT_TIME, transcript);
    }

    @Test
    void textHasOneUtterancePerLine() {
        Transcript transcript = longTranscript();
        String text = TranscriptFormat.TEXT.render(transcript);
        assertThat(text.split("\n")).hasSize(transcript.utterances().size());
        assertThat(text.replace('\n', ' ').trim()).isEqualTo(transcript.text());
    }

    @Test
    void utterancesSplitAtPausesLongerThanTheLimit() {
        Transcript transcript = longTranscript();
        for (Utterance utterance : transcript.utterances()) {
            for (int i = 1; i < utterance.words().size(); i++) {
                assertThat(utterance.words().get(i).start() - utterance.words().get(i - 1).end())
                        .isLessThanOrEqualTo(Transcript.UTTERANCE_PAUSE_SECONDS);
            }
        }
        assertThat(transcript.utterances()).hasSize(9);
    }

    @Test
    void timestampsCarryHours() {
        assertThat(TranscriptFormat.timestamp(3 * 3600 + 25 * 60 + 7.0891, ',')).isEqualTo("03:25:07,089");
        assertThat(TranscriptFormat.timestamp(0, '.')).isEqualTo("00:00:00.000");
    }

    @Test
    void emptyTranscriptGivesEmptyCaptionFiles() {
        Transcript empty = Transcript.of(List.of(), "en");
        assertThat(TranscriptFormat.SRT.render(empty)).isEmpty();
        assertThat(TranscriptFormat.VTT.render(empty)).isEqualTo("WEBVTT\n\n");
    }

    private static List<String[]> cues(String body, boolean vtt) {
        List<String[]> cues = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            if (!block.isBlank()) {
                cues.add(block.split("\n"));
            }
        }
        assertThat(body.isEmpty() || body.endsWith("\n\n")).isTrue();
        return cues;
    }

    private static void checkCues(List<String[]> cues, Pattern time, Transcript transcript) {
        boolean srt = time == SRT_TIME;
        long previousEnd = 0;
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            String[] cue = cues.get(i);
            int at = 0;
            if (srt) {
                assertThat(cue[at++]).isEqualTo(Integer.toString(i + 1));
            }
            Matcher m = time.matcher(cue[at++]);
            assertThat(m.matches()).as(String.join("|", cue)).isTrue();
            long start = millis(m, 1);
            long end = millis(m, 5);
            assertThat(start).isGreaterThanOrEqualTo(previousEnd);
            assertThat(end).isGreaterThanOrEqualTo(start);
            previousEnd = end;
            int lines = cue.length - at;
            assertThat(lines).isBetween(1, Captions.MAX_LINES);
            for (int l = at; l < cue.length; l++) {
                String shown = srt ? cue[l] : cue[l].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
                assertThat(shown.length() <= Captions.MAX_LINE_CHARS || !shown.contains(" ")).as(shown).isTrue();
                words.append(' ').append(shown);
            }
            assertThat(end - start <= Captions.MAX_SECONDS * 1000 + 1 || lines == 1 && !cue[at].contains(" ")).isTrue();
        }
        assertThat(words.toString().trim()).isEqualTo(transcript.text());
    }

    private static long millis(Matcher m, int group) {
        return ((Long.parseLong(m.group(group)) * 60 + Long.parseLong(m.group(group + 1))) * 60
                + Long.parseLong(m.group(group + 2))) * 1000 + Long.parseLong(m.group(group + 3));
    }
}
