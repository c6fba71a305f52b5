package dev.earshot.engine.speech.diarization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Rich Transcription Time Marked format (NIST RT), as used by diarization scorers: one line per turn,
 * {@code SPEAKER <file> 1 <start> <duration> <NA> <NA> <speaker> <NA> <NA>}, times in seconds.
 */
public final class Rttm {

    private static final int FIELDS = 10;

    private Rttm() {
    }

    /**
     * RTTM lines for {@code turns}, start and duration with millisecond precision, each line ending in
     * {@code \n}.
     *
     * @param fileId the recording id written in the second field; non-blank, no white space
     */
    public static String format(String fileId, List<SpeakerTurn> turns) {
        if (fileId == null || fileId.isBlank() || fileId.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("an RTTM file id must be non-blank without white space, got '"
                    + fileId + "'");
        }
        StringBuilder out = new StringBuilder();
        for (SpeakerTurn turn : turns) {
            out.append(String.format(Locale.ROOT, "SPEAKER %s 1 %.3f %.3f <NA> <NA> %s <NA> <NA>\n", fileId,
                    turn.start(), turn.duration(), turn.speaker()));
        }
        return out.toString();
    }

    /**
     * The {@code SPEAKER} lines of an RTTM text as turns (other record types and blank lines are skipped; the
     * file id is ignored). Turns of zero duration are dropped.
     *
     * @throws IllegalArgumentException naming the line, for a {@code SPEAKER} line that is malformed
     */
    public static List<SpeakerTurn> parse(String text) {
        List<SpeakerTurn> turns = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String[] fields = lines[i].trim().split("\\s+");
            if (!fields[0].equals("SPEAKER")) {
                continue;
            }
            if (fields.length < FIELDS - 2) {
                throw new IllegalArgumentException("RTTM line " + (i + 1) + " has " + fields.length
                        + " fields, needs at least 8: " + lines[i]);
            }
            try {
                double start = Double.parseDouble(fields[3]);
                double duration = Double.parseDouble(fields[4]);
                if (duration > 0) {
                    turns.add(new SpeakerTurn(fields[7], start, start + duration));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("RTTM line " + (i + 1) + " is malformed: " + lines[i], e);
            }
        }
        return turns;
    }
}
