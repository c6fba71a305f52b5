package dev.earshot.engine.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.TimeRange;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void closeWaitsForARunningCallAndThenRefusesNewOnes() throws Exception {
        SpeechModels models = new SpeechModels(cache, () -> {
            throw new AssertionError("the VAD alone must not touch the Vosk model");
        });
        VoiceActivityDetector vad = models.voiceActivityDetector();
        PcmFile audio = SpeechFixtures.load("us-male-160-16k.wav", cache);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<TimeRange>> running = threads.submit(() -> vad.detect(audio, VadSettings.DEFAULTS, fraction -> {
                inside.countDown();
                await(release);
            }));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> closing = threads.submit(models::close);

            Thread.sleep(300);
            assertThat(closing.isDone()).as("close returned while a call was inside the model").isFalse();
            assertThatThrownBy(() -> vad.detect(audio, VadSettings.DEFAULTS))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closing");
            release.countDown();

            assertThat(running.get(10, TimeUnit.SECONDS)).isNotEmpty();
            closing.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
