package dev.earshot.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bytedeco.ffmpeg.global.avcodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding of well-formed inputs: conversion, downmix, containers AudioEncoder does not write, concurrency. */
class AudioDecoderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final AudioEncoder encoder = new AudioEncoder();
    private final AudioDecoder decoder = new AudioDecoder();

    @Test
    void resamplesStereoToSixteenKilohertzMono() {
        Path mp3 = encoded(new AudioFormat(44_100, 2), 4.0, OutputFormat.MP3, 440, 440);

        PcmFile speech = decoder.decode(mp3, "talk.mp3", dir.resolve("speech.pcm"), DecodeOptions.speech(TIMEOUT));

        assertThat(speech.format()).isEqualTo(AudioFormat.SPEECH);
        assertThat(speech.frames()).isCloseTo(64_000L, within(1_200L));
        assertThat(TestAudio.frequency(speech, 0)).isCloseTo(440, within(4.0));
        assertThat(TestAudio.rms(speech, 0)).isCloseTo(TestAudio.AMPLITUDE / Math.sqrt(2), within(0.02));
    }

    @Test
    void downmixIsTheMeanOfTheChannels() {
        Path wav = encoded(new AudioFormat(22_050, 2), 1.0, OutputFormat.WAV, 300, 2000);
        PcmFile stereo = decoder.decode(wav, "in.wav", dir.resolve("stereo.pcm"), DecodeOptions.original(TIMEOUT));

        PcmFile mono = decoder.decode(wav, "in.wav", dir.resolve("mono.pcm"),
                new DecodeOptions(0, true, TIMEOUT));

        float[] both = TestAudio.samples(stereo);
        float[] mixed = TestAudio.samples(mono);
        assertThat(mono.format()).isEqualTo(new AudioFormat(22_050, 1));
        assertThat(mixed).hasSize(both.length / 2);
        for (int i = 0; i < mixed.length; i++) {
            assertThat(mixed[i]).isCloseTo((both[2 * i] + both[2 * i + 1]) / 2, within(1e-6f));
        }
    }

    @Test
    void oppositeChannelsCancelInTheDownmix() {
        Path wav = dir.resolve("phase.wav");
        PcmFile source = TestAudio.tones(dir.resolve("phase.pcm"), new AudioFormat(16_000, 2), 1.0, 500, 500);
        float[] samples = TestAudio.samples(source);
        for (int i = 1; i < samples.length; i += 2) {
            samples[i] = -samples[i];
        }
        try (PcmWriter writer = PcmFile.create(dir.resolve("anti.pcm"), source.format())) {
            writer.write(samples);
            encoder.encode(writer.finish(), wav, OutputFormat.WAV);
        }

        PcmFile mono = decoder.decode(wav, "phase.wav", dir.resolve("mono.pcm"), DecodeOptions.speech(TIMEOUT));

        assertThat(TestAudio.rms(mono, 0)).isLessThan(1e-4);
    }

    @Test
    void decodesOggVorbisAndOggFlac() throws Exception {
        Path vorbis = TestAudio.record(dir.resolve("v.ogg"), "ogg", avcodec.AV_CODEC_ID_VORBIS, 44_100, 2, 2.0,
                Map.of("strict", "-2"));
        Path flac = TestAudio.record(dir.resolve("f.ogg"), "ogg", avcodec.AV_CODEC_ID_FLAC, 44_100, 2, 2.0, Map.of());

        for (Path ogg : List.of(vorbis, flac)) {
            PcmFile pcm = decoder.decode(ogg, ogg.toString(), dir.resolve("ogg.pcm"), DecodeOptions.original(TIMEOUT));
            assertThat(pcm.format()).isEqualTo(new AudioFormat(44_100, 2));
            assertThat(pcm.durationSeconds()).isCloseTo(2.0, within(0.03));
            assertThat(TestAudio.frequency(pcm, 1)).isCloseTo(880, within(9.0));
        }
    }

    @Test
    void decodesTheAudioTrackOfAVideo() throws Exception {
        Path video = TestAudio.video(dir.resolve("clip.mp4"), 2.0);

        AudioInfo info = new AudioProbe().probe(video, "clip.mp4");
        PcmFile pcm = decoder.decode(video, "clip.mp4", dir.resolve("clip.pcm"), DecodeOptions.speech(TIMEOUT));

        assertThat(info.hasVideo()).isTrue();
        assertThat(info.codec()).isEqualTo("aac");
        assertThat(info.container()).contains("mp4");
        assertThat(pcm.durationSeconds()).isCloseTo(2.0, within(0.06));
        assertThat(TestAudio.frequency(pcm, 0)).isCloseTo(440, within(5.0));
    }

    @Test
    void concurrentDecodesGiveTheSameResult() throws Exception {
        Path m4a = encoded(new AudioFormat(48_000, 2), 3.0, OutputFormat.M4A, 440, 660);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PcmFile>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Path target = dir.resolve("run" + i + ".pcm");
                runs.add(pool.submit(() -> decoder.decode(m4a, "in.m4a", target, DecodeOptions.speech(TIMEOUT))));
            }
            float[] first = TestAudio.samples(runs.get(0).get());
            for (Future<PcmFile> run : runs) {
                assertThat(TestAudio.samples(run.get())).containsExactly(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Path encoded(AudioFormat format, double seconds, OutputFormat output, double... tones) {
        PcmFile pcm = TestAudio.tones(dir.resolve("source.pcm"), format, seconds, tones);
        Path file = dir.resolve("source." + output.extension());
        encoder.encode(pcm, file, output);
        pcm.delete();
        return file;
    }

    @Test
    void monoIsTheMeanOfTheChannelsOfEachFrame() {
        float[] stereo = {1f, 0f, 0.5f, -0.5f, -1f, -0.5f, 0.75f, 0.25f};
        ByteBuffer body = ByteBuffer.allocate(stereo.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float sample : stereo) {
            body.putFloat(sample);
        }
        Path wav = TestAudio.wav(dir.resolve("float.wav"), 3, 2, 8_000, 32, body.capacity(), body.array());

        PcmFile mono = new AudioDecoder().decode(wav, "float.wav", dir.resolve("mono.pcm"),
                new DecodeOptions(0, true, Duration.ofSeconds(10)));

        assertThat(mono.format()).isEqualTo(new AudioFormat(8_000, 1));
        assertThat(TestAudio.samples(mono)).containsExactly(0.5f, 0f, -0.75f, 0.5f);
    }
}
