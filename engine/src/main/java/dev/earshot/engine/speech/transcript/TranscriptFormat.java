package dev.earshot.engine.speech.transcript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The forms a transcript is exported in. Each writes to any {@link Appendable} (a file writer, a builder). */
public enum TranscriptFormat {

    /** The whole {@link Transcript} as JSON (see {@link TranscriptJson}). */
    JSON("json", "application/json"),
    /** Plain text, one utterance per line. */
    TEXT("txt", "text/plain; charset=utf-8"),
    /** SubRip subtitles of {@link Captions}. */
    SRT("srt", "application/x-subrip"),
    /** WebVTT subtitles of {@link Captions}. */
    VTT("vtt", "text/vtt");

    private final String extension;
    private final String mediaType;

    TranscriptFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** File name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** HTTP media type. */
    public String mediaType() {
        return mediaType;
    }

    /** Writes {@code transcript} in this format to {@code out}. */
    public void write(Transcript transcript, Appendable out) {
        try {
            switch (this) {
                case JSON -> TranscriptJson.write(transcript, out);
                case TEXT -> writeText(transcript, out);
                case SRT -> writeCaptions(Captions.of(transcript), out, false);
                case VTT -> writeCaptions(Captions.of(transcript), out, true);
                default -> throw new IllegalStateException("unknown format " + this);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + this + " transcript", e);
        }
    }

    /** {@code transcript} in this format as a string. */
    public String render(Transcript transcript) {
        StringBuilder out = new StringBuilder();
        write(transcript, out);
        return out.toString();
    }

    private static void writeText(Transcript transcript, Appendable out) throws IOException {
        for (Utterance utterance : transcript.utterances()) {
            out.append(utterance.text()).append('\n');
        }
    }

    private static void writeCaptions(List<Caption> captions, Appendable out, boolean vtt) throws IOException {
        if (vtt) {
            out.append("WEBVTT\n\n");
        }
        char separator = vtt ? '.' : ',';
        for (int i = 0; i < captions.size(); i++) {
            Caption caption = captions.get(i);
            if (!vtt) {
                out.append(Integer.toString(i + 1)).append('\n');
            }
            out.append(timestamp(caption.start(), separator)).append(" --> ")
                    .append(timestamp(caption.end(), separator)).append('\n');
            for (String line : caption.lines()) {
                out.append(vtt ? escapeVtt(line) : line).append('\n');
            }
            out.append('\n');
        }
    }

    /** {@code HH:MM:SS,mmm} (or {@code .mmm}), hours growing past two digits if needed. */
    static String timestamp(double seconds, char separator) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d",
                ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, separator, ms % 1000);
    }

    private static String escapeVtt(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
