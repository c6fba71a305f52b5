package dev.earshot.engine.intel.redact;

import dev.earshot.engine.intel.pii.PiiEntity;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Utterance;
import dev.earshot.engine.speech.transcript.Word;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces the words of personal-data entities in a transcript. The words of one entity become one word whose
 * text is the entity's tag ({@link RedactionStyle}), spanning from the start of its first word to the end of
 * its last, with the lowest recognizer confidence among them. The tag stays in the utterance of the entity's
 * first word; utterances left without words are dropped. Other words, the language and the utterance
 * boundaries are kept. Where entities overlap, each word goes to the first entity (by first word) that
 * claims it. Immutable and thread-safe.
 */
public final class TranscriptRedactor {

    /** Least salt length for {@link RedactionStyle#HASH}, in bytes. */
    public static final int MIN_SALT_BYTES = 16;

    private static final String HMAC = "HmacSHA256";

    private final RedactionStyle style;
    private final byte[] salt;

    private TranscriptRedactor(RedactionStyle style, byte[] salt) {
        this.style = style;
        this.salt = salt;
    }

    /** A redactor writing {@code [TYPE]} tags. */
    public static TranscriptRedactor tags() {
        return new TranscriptRedactor(RedactionStyle.TAG, null);
    }

    /**
     * A redactor writing {@code [TYPE:hash]} tags keyed with {@code salt}, a per-deployment secret of at least
     * {@value #MIN_SALT_BYTES} bytes (copied). Keep it secret: short values such as a date can be found again by
     * hashing every candidate with a known salt.
     */
    public static TranscriptRedactor hashes(byte[] salt) {
        if (salt == null || salt.length < MIN_SALT_BYTES) {
            throw new IllegalArgumentException("a hash salt needs at least " + MIN_SALT_BYTES + " bytes, got "
                    + (salt == null ? "none" : salt.length));
        }
        return new TranscriptRedactor(RedactionStyle.HASH, salt.clone());
    }

    public RedactionStyle style() {
        return style;
    }

    /** The text that stands for {@code entity}: {@code [EMAIL]} or {@code [EMAIL:ab12cd34]}. */
    public String tag(PiiEntity entity) {
        if (style == RedactionStyle.TAG) {
            return "[" + entity.type() + "]";
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(salt, HMAC));
            byte[] digest = mac.doFinal((entity.type() + ":" + entity.text()).getBytes(StandardCharsets.UTF_8));
            return "[" + entity.type() + ":" + HexFormat.of().formatHex(digest, 0, 4) + "]";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    /**
     * {@code transcript} with the words of {@code entities} replaced by tags.
     *
     * @param entities entities found in {@code transcript.words()} (indices into that list)
     * @throws IllegalArgumentException when an entity does not match the transcript's words
     */
    public Transcript redact(Transcript transcript, List<PiiEntity> entities) {
        TranscriptWords words = new TranscriptWords(transcript);
        int[] owner = owners(words, entities);
        List<List<Word>> utterances = new ArrayList<>();
        for (int u = 0; u < words.utteranceCount(); u++) {
            utterances.add(new ArrayList<>());
        }
        List<Word> all = new ArrayList<>();
        List<Word> source = transcript.words();
        for (int i = 0; i < source.size(); i++) {
            if (owner[i] < 0) {
                all.add(source.get(i));
                utterances.get(words.utteranceOf(i)).add(source.get(i));
            } else if (i == 0 || owner[i - 1] != owner[i]) {
                Word tag = tagWord(entities.get(owner[i]), source, owner, i);
                all.add(tag);
                utterances.get(words.utteranceOf(i)).add(tag);
            }
        }
        List<Utterance> kept = utterances.stream().filter(u -> !u.isEmpty()).map(Utterance::of).toList();
        String text = kept.stream().map(Utterance::text).collect(Collectors.joining(" "));
        return new Transcript(all, kept, text, transcript.language());
    }

    /** For each word, the index of the entity that claims it, or -1. */
    private static int[] owners(TranscriptWords words, List<PiiEntity> entities) {
        int[] owner = new int[words.transcript().words().size()];
        Arrays.fill(owner, -1);
        Integer[] order = new Integer[entities.size()];
        for (int e = 0; e < order.length; e++) {
            words.check(entities.get(e));
            order[e] = e;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(entities.get(a).firstWord(), entities.get(b).firstWord()));
        for (int e : order) {
            for (int i = entities.get(e).firstWord(); i <= entities.get(e).lastWord(); i++) {
                if (owner[i] < 0) {
                    owner[i] = e;
                }
            }
        }
        return owner;
    }

    /** The word standing for the run of words owned by the same entity that starts at {@code first}. */
    private Word tagWord(PiiEntity entity, List<Word> source, int[] owner, int first) {
        int last = first;
        double confidence = source.get(first).confidence();
        while (last + 1 < owner.length && owner[last + 1] == owner[first]) {
            last++;
            confidence = Math.min(confidence, source.get(last).confidence());
        }
        return new Word(tag(entity), source.get(first).start(), source.get(last).end(), confidence);
    }
}
