package dev.earshot.engine.speech;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.speech.transcript.Transcript;
import java.util.List;

/** Speech to text with word timings. Implementations are thread-safe and share their model between calls. */
public interface Transcriber {

    /** BCP 47 tags of the languages this transcriber has a model for, e.g. {@code [en]}. */
    List<String> supportedLanguages();

    /**
     * Transcribes {@code audio} (any rate and channel count; it is never modified).
     *
     * @throws UnsupportedLanguageException if {@code settings.language()} has no model, before any work
     */
    Transcript transcribe(PcmFile audio, TranscriptionSettings settings, SpeechProgress progress);

    /** {@link #transcribe(PcmFile, TranscriptionSettings, SpeechProgress)} without progress reports. */
    default Transcript transcribe(PcmFile audio, TranscriptionSettings settings) {
        return transcribe(audio, settings, SpeechProgress.NONE);
    }
}
