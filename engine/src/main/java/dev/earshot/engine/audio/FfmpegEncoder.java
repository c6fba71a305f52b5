package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Encodes working audio through JavaCV's FFmpegFrameRecorder, one block at a time. The recorder converts the
 * float samples to the codec's sample format and rate with swresample. Opus with 3 or 4 channels uses mapping
 * family 255 (discrete channels), because libopus has no surround mapping for FFmpeg's default 3- and 4-channel
 * layouts. Never give it more than 8 channels: JavaCV then crashes the JVM in swresample.
 */
final class FfmpegEncoder {

    private static final int BLOCK_FRAMES = 4096;
    private static final int[] MP3_RATES = {8_000, 11_025, 12_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000};
    private static final int[] AAC_RATES = {7_350, 8_000, 11_025, 12_000, 16_000, 22_050, 24_000, 32_000, 44_100,
        48_000, 64_000, 88_200, 96_000};
    private static final int FLAC_MAX_RATE = 655_350;
    private static final int OPUS_RATE = 48_000;

    /**
     * JavaCV's recorder fails ("swr_convert() error") with FLAC's default block size above 96 kHz; a fixed
     * 4096-frame block works at every rate.
     */
    private static final String FLAC_FRAME_SIZE = "4096";

    private static final Map<OutputFormat, String> CONTAINERS = Map.of(
            OutputFormat.FLAC, "flac", OutputFormat.MP3, "mp3", OutputFormat.OGG, "ogg", OutputFormat.M4A, "ipod");
    private static final Map<OutputFormat, Integer> CODECS = Map.of(
            OutputFormat.FLAC, avcodec.AV_CODEC_ID_FLAC, OutputFormat.MP3, avcodec.AV_CODEC_ID_MP3,
            OutputFormat.OGG, avcodec.AV_CODEC_ID_OPUS, OutputFormat.M4A, avcodec.AV_CODEC_ID_AAC);
    private static final Map<OutputFormat, Integer> BITRATES_PER_CHANNEL = Map.of(
            OutputFormat.MP3, 64_000, OutputFormat.OGG, 48_000, OutputFormat.M4A, 64_000);

    private FfmpegEncoder() {
    }

    static void write(PcmFile source, Path target, OutputFormat format) {
        FfmpegLibrary.load();
        AudioFormat input = source.format();
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder("file:" + target.toAbsolutePath(), input.channels());
        configure(recorder, format, input);
        try (PcmReader reader = source.openReader()) {
            recorder.start();
            float[] block = new float[BLOCK_FRAMES * input.channels()];
            int frames;
            while ((frames = reader.read(block, BLOCK_FRAMES)) > 0) {
                FloatBuffer samples = FloatBuffer.wrap(block, 0, frames * input.channels());
                recorder.recordSamples(input.sampleRate(), input.channels(), samples);
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new EarshotException("cannot encode " + format + ": " + FfmpegLibrary.reason(e), e);
        } finally {
            release(recorder);
        }
    }

    /** The rate the file is written at for a source at {@code sourceRate} Hz. */
    static int outputRate(OutputFormat format, int sourceRate) {
        return switch (format) {
            case MP3 -> nearestRate(MP3_RATES, sourceRate);
            case M4A -> nearestRate(AAC_RATES, sourceRate);
            case OGG -> OPUS_RATE;
            case FLAC -> Math.min(sourceRate, FLAC_MAX_RATE);
            case WAV -> sourceRate;
        };
    }

    private static void configure(FFmpegFrameRecorder recorder, OutputFormat format, AudioFormat input) {
        recorder.setFormat(CONTAINERS.get(format));
        configureAudio(recorder, format, input);
    }

    /**
     * Sets the audio codec, rate, bit rate and codec options of {@code format} on a recorder, without choosing
     * its container (a video muxer may carry the same audio).
     */
    static void configureAudio(FFmpegFrameRecorder recorder, OutputFormat format, AudioFormat input) {
        int channels = input.channels();
        recorder.setAudioChannels(channels);
        recorder.setSampleRate(outputRate(format, input.sampleRate()));
        recorder.setAudioCodec(CODECS.get(format));
        if (BITRATES_PER_CHANNEL.containsKey(format)) {
            recorder.setAudioBitrate(BITRATES_PER_CHANNEL.get(format) * channels);
        }
        if (format == OutputFormat.FLAC) {
            recorder.setAudioOption("frame_size", FLAC_FRAME_SIZE);
        } else if (format == OutputFormat.OGG && (channels == 3 || channels == 4)) {
            recorder.setAudioOption("mapping_family", "255");
        } else if (format == OutputFormat.M4A) {
            recorder.setOption("movflags", "+faststart");
        }
    }

    /** The smallest supported rate at or above {@code rate}, or the highest supported rate. */
    static int nearestRate(int[] supported, int rate) {
        for (int candidate : supported) {
            if (candidate >= rate) {
                return candidate;
            }
        }
        return supported[supported.length - 1];
    }

    static void release(FFmpegFrameRecorder recorder) {
        try {
            recorder.release();
        } catch (Exception ignored) {
            // Nothing more can be done for native memory FFmpeg failed to free; the caller's outcome stands.
        }
    }
}
