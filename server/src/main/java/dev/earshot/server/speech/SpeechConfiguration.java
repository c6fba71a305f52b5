package dev.earshot.server.speech;

import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.vosk.VoskModelSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The speech models (Silero VAD, Vosk) shared by every door; loaded on first use, closed on shutdown. The Vosk
 * model is extracted into {@code earshot.speech.model-cache} from the archive named by
 * {@code earshot.vosk.model-archive} when that is set (tests pass the aar Maven resolved), else from the
 * {@code vosk-model-en} aar on the classpath (nested in the executable jar).
 */
@Configuration(proxyBeanMethods = false)
class SpeechConfiguration {

    @Bean(destroyMethod = "close")
    SpeechModels speechModels(@Value("${earshot.speech.model-cache}") Path modelCache,
                              @Value("${" + VoskModelSource.ARCHIVE_PROPERTY + ":}") String modelArchive) {
        if (modelArchive.isBlank()) {
            return new SpeechModels(modelCache);
        }
        Path archive = Path.of(modelArchive);
        return new SpeechModels(modelCache, () -> VoskModelSource.archive(archive));
    }
}
