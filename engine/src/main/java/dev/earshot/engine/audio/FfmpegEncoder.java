package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import java.nio.file.Path;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Encodes working audio into FLAC, MP3 (LAME), Ogg Opus (libopus) or M4A (FFmpeg's AAC) files, one block at a
 * time, through {@link AudioTrackEncoder}. FLAC is written 16-bit in 4096-frame blocks; Opus with 3 or 4 channels
 * uses mapping family 255 (discrete channels), because libopus has no surround mapping for FFmpeg's default 3- and
 * 4-channel layouts.
 */
final class FfmpegEncoder {

    private static final int BLOCK_FRAMES = 4096;
    private static final int[] MP3_RATES = {8_000, 11_025, 12_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000};
    private static final int[] AAC_RATES = {7_350, 8_000, 11_025, 12_000, 16_000, 22_050, 24_000, 32_000, 44_100,
        48_000, 64_000, 88_200, 96_000};
    private static final int FLAC_MAX_RATE = 655_350;
    private static final int OPUS_RATE = 48_000;
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

    static void write(PcmFile source, Path target, OutputFormat format, EncodeProgress progress) {
        AudioFormat input = source.format();
        try (FfmpegOutput output = new FfmpegOutput(target, CONTAINERS.get(format));
             AudioTrackEncoder track = new AudioTrackEncoder(output, input, settings(format, input));
             PcmReader reader = source.openReader()) {
            output.writeHeader(format == OutputFormat.M4A ? Map.of("movflags", "+faststart") : Map.of());
            float[] block = new float[BLOCK_FRAMES * input.channels()];
            int frames;
            while ((frames = reader.read(block, BLOCK_FRAMES)) > 0) {
                track.write(block, frames);
                progress.advance(frames);
            }
            track.finish();
            output.finish();
        } catch (EarshotException e) {
            throw new EarshotException("cannot encode " + format + ": " + e.getMessage(), e);
        }
    }

    /** The encoder, rate, bit rate and options of {@code format} for audio of {@code input} format. */
    static AudioTrackEncoder.Settings settings(OutputFormat format, AudioFormat input) {
        FfmpegLibrary.load();
        AVCodec encoder = avcodec.avcodec_find_encoder(CODECS.get(format));
        if (encoder == null || encoder.isNull()) {
            throw new EarshotException("this FFmpeg build has no " + format + " encoder");
        }
        int channels = input.channels();
        long bitRate = (long) BITRATES_PER_CHANNEL.getOrDefault(format, 0) * channels;
        Map<String, String> options = Map.of();
        int sampleFormat = -1;
        if (format == OutputFormat.FLAC) {
            options = Map.of("frame_size", FLAC_FRAME_SIZE);
            sampleFormat = avutil.AV_SAMPLE_FMT_S16;
        } else if (format == OutputFormat.OGG && (channels == 3 || channels == 4)) {
            options = Map.of("mapping_family", "255");
        }
        return new AudioTrackEncoder.Settings(encoder, outputRate(format, input.sampleRate()), bitRate, sampleFormat,
                options);
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

    /** The smallest supported rate at or above {@code rate}, or the highest supported rate. */
    static int nearestRate(int[] supported, int rate) {
        for (int candidate : supported) {
            if (candidate >= rate) {
                return candidate;
            }
        }
        return supported[supported.length - 1];
    }
}
