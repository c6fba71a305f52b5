package dev.earshot.engine.audio;

import dev.earshot.engine.error.DecodeTimeoutException;
import dev.earshot.engine.error.EarshotException;
import dev.earshot.engine.error.UndecodableAudioException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Decodes any audio FFmpeg reads (WAV, MP3, M4A/AAC, FLAC, Ogg Vorbis/Opus/FLAC, and the audio track of video
 * files) into a {@link PcmFile}, in process, one FFmpeg frame at a time: memory does not grow with duration.
 *
 * <p>A decode fails with {@link UndecodableAudioException} when the input is empty, not media, has no audio
 * stream, yields no samples, or is truncated: its decoded length is shorter than the duration the file declares
 * by more than {@value #TRUNCATION_SLACK_SECONDS} s <em>and</em> by more than 10% (below
 * {@value #TRUNCATION_RATIO} of it). Durations FFmpeg only estimated from the bit rate (an MP3 without a
 * Xing/Info header) or that it misreports (ASF adds its preroll) are not trusted for this check; for WAV the
 * header's declared data size is used, because FFmpeg itself shortens a WAV's duration to the bytes present.
 * Ogg declares the position of its last page, so a cut Ogg file is not detected. A decode that passes
 * {@link DecodeOptions#timeout()} fails with {@link DecodeTimeoutException}; the bound is checked between frames,
 * so one native call (opening the file, one frame) is not interrupted. A failed decode leaves no target file.
 *
 * <p>Stateless and thread-safe: each call has its own FFmpeg context.
 */
public final class AudioDecoder {

    /** Decoded length below this fraction of the declared duration counts as truncated (with the slack). */
    public static final double TRUNCATION_RATIO = 0.9;

    /** Decoded audio may be this many seconds shorter than declared before it counts as truncated. */
    public static final double TRUNCATION_SLACK_SECONDS = 1.0;

    /**
     * Decodes {@code source} as {@link #decode} would, throws the decoded audio away and returns its length: the
     * check a door makes on an upload so that what cannot be processed is refused before anything is stored.
     *
     * @param scratch where the decoded audio is written for the moment of the check; deleted before returning
     * @return the decoded length, in seconds (&gt; 0)
     * @throws UndecodableAudioException as {@link #decode}
     */
    public double decodedSeconds(Path source, String displayName, Path scratch, DecodeOptions options) {
        PcmFile decoded = decode(source, displayName, scratch, options);
        decoded.delete();
        return decoded.durationSeconds();
    }

    /**
     * Decodes {@code source} into a new working file at {@code target} (replaced if present).
     *
     * @param source      a local media file
     * @param displayName the name the user knows the file by, used in error messages
     * @param target      where to write the 32-bit float working audio
     * @param options     output rate, channel mix and time bound
     * @return the working audio, at least one frame long
     * @throws UndecodableAudioException if the input cannot be decoded as described above
     * @throws DecodeTimeoutException    if decoding takes longer than {@code options.timeout()}
     * @throws EarshotException          if the calling thread is interrupted while decoding
     * @throws java.io.UncheckedIOException if {@code source} does not exist or {@code target} cannot be written
     */
    public PcmFile decode(Path source, String displayName, Path target, DecodeOptions options) {
        Deadline deadline = new Deadline(options.timeout());
        try (FfmpegInput input = FfmpegInput.open(source, displayName)) {
            deadline.check(displayName);
            AudioInfo info = input.info();
            AudioFormat output = options.outputFormat(info.format());
            PcmFile pcm = copy(input, info.channels(), output, target, deadline);
            try {
                checkLength(pcm, info, displayName);
            } catch (UndecodableAudioException e) {
                pcm.delete();
                throw e;
            }
            return pcm;
        }
    }

    /** True when {@code decodedSeconds} is too short for a file declaring {@code declaredSeconds}. */
    static boolean truncated(double declaredSeconds, double decodedSeconds) {
        double missing = declaredSeconds - decodedSeconds;
        return missing > TRUNCATION_SLACK_SECONDS && decodedSeconds < TRUNCATION_RATIO * declaredSeconds;
    }

    private static PcmFile copy(FfmpegInput input, int channels, AudioFormat output, Path target,
                                Deadline deadline) {
        String displayName = input.displayName();
        try (FrameDecoder frames = new FrameDecoder(input, input.audioStream());
             SampleConverter converter = new SampleConverter(output.sampleRate(), channels, output.channels() == 1,
                     displayName);
             PcmWriter writer = PcmFile.create(target, output)) {
            float[] block = new float[0];
            AVFrame frame;
            do {
                frame = frames.next();
                deadline.check(displayName);
                FloatBuffer samples = converter.convert(frame);
                int count = samples.remaining();
                if (block.length < count) {
                    block = new float[count];
                }
                samples.get(block, 0, count);
                writer.write(block, 0, count / output.channels());
            } while (frame != null);
            return writer.finish();
        }
    }

    private static void checkLength(PcmFile pcm, AudioInfo info, String displayName) {
        if (pcm.frames() == 0) {
            throw new UndecodableAudioException(displayName, "the file contains no audio samples");
        }
        double decoded = pcm.durationSeconds();
        if (info.durationReliable() && truncated(info.durationSeconds(), decoded)) {
            throw new UndecodableAudioException(displayName, String.format(Locale.ROOT,
                    "the file is truncated: it declares %.3f s but only %.3f s decode", info.durationSeconds(),
                    decoded));
        }
    }
}
