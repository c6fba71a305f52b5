package dev.earshot.engine.speech.transcript;

import dev.earshot.engine.json.JsonLiteral;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a {@link Transcript} as JSON without a JSON library:
 * <pre>{"language": "en", "text": "...",
 *  "words": [{"text": "hello", "start": 0.48, "end": 0.66, "confidence": 0.938}, ...],
 *  "utterances": [{"start": 0.48, "end": 1.98, "text": "...", "words": [...]}, ...]}</pre>
 * Times are seconds rounded to the millisecond; confidences are rounded to 3 decimals.
 */
public final class TranscriptJson {

    private TranscriptJson() {
    }

    /** Writes {@code transcript} to {@code out} as one JSON object. */
    public static void write(Transcript transcript, Appendable out) throws IOException {
        out.append("{\"language\":").append(string(transcript.language()))
                .append(",\"text\":").append(string(transcript.text()))
                .append(",\"words\":");
        writeWords(transcript.words(), out);
        out.append(",\"utterances\":[");
        List<Utterance> utterances = transcript.utterances();
        for (int i = 0; i < utterances.size(); i++) {
            Utterance utterance = utterances.get(i);
            out.append(i == 0 ? "" : ",").append("{\"start\":").append(number(utterance.start()))
                    .append(",\"end\":").append(number(utterance.end()))
                    .append(",\"text\":").append(string(utterance.text()))
                    .append(",\"words\":");
            writeWords(utterance.words(), out);
            out.append('}');
        }
        out.append("]}");
    }

    private static void writeWords(List<Word> words, Appendable out) throws IOException {
        out.append('[');
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            out.append(i == 0 ? "" : ",").append("{\"text\":").append(string(word.text()))
                    .append(",\"start\":").append(number(word.start()))
                    .append(",\"end\":").append(number(word.end()))
                    .append(",\"confidence\":").append(number(word.confidence())).append('}');
        }
        out.append(']');
    }

    /** {@code value} rounded to 3 decimals, without exponent or trailing zeros. */
    static String number(double value) {
        return BigDecimal.valueOf(Math.round(value * 1000), 3).stripTrailingZeros().toPlainString();
    }

    private static String string(String value) {
        return JsonLiteral.string(value);
    }
}
