package dev.earshot.engine.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechModelsTest {

    @TempDir
    Path cache;

    @Test
    void vadModelWithAWrongChecksumIsRefused() throws Exception {
        byte[] model;
        try (InputStream in = SileroModel.class.getResourceAsStream(SileroModel.RESOURCE)) {
            model = in.readAllBytes();
        }
        assertThat(model).hasSize(2_327_524);
        byte[] tampered = model.clone();
        tampered[tampered.length / 2] ^= 1;
        assertThatThrownBy(() -> SileroModel.load(tampered,
                "1a153a22f4509e292a94e67d6f9b85e8deb25b4988682b7e174c65279d8788e3"))
                .isInstanceOf(SpeechModelException.class).hasMessageContaining("corrupt");
    }

    @Test
    void modelsAreLoadedOnceAndSharedUntilClosed() {
        SpeechModels models = new SpeechModels(cache, () -> {
            throw new AssertionError("the VAD alone must not touch the Vosk model");
        });
        VoiceActivityDetector vad = models.voiceActivityDetector();
        assertThat(models.voiceActivityDetector()).isSameAs(vad);
        models.close();
        models.close();
        assertThatThrownBy(models::voiceActivityDetector).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(models::transcriber).isInstanceOf(IllegalStateException.class);
    }
}
