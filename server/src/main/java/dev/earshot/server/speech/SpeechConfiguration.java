package dev.earshot.server.speech;

import dev.earshot.engine.speech.SpeechModels;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The speech models (Silero VAD, Vosk) shared by every door; loaded on first use, closed on shutdown. */
@Configuration(proxyBeanMethods = false)
class SpeechConfiguration {

    @Bean(destroyMethod = "close")
    SpeechModels speechModels(@Value("${earshot.home}") Path home) {
        return new SpeechModels(home.resolve("models"));
    }
}
