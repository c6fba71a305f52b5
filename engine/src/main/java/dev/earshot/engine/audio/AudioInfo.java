package dev.earshot.engine.audio;

/**
 * What a media file holds, as FFmpeg sees it before decoding.
 *
 * @param container         FFmpeg's name of the container (demuxer), e.g. {@code wav}, {@code mp3},
 *                          {@code ogg}, {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param codec             FFmpeg's name of the audio codec, e.g. {@code pcm_s16le}, {@code mp3}, {@code aac},
 *                          {@code opus}
 * @param sampleRate        native sample rate of the audio stream, in Hz; 1,000 to 768,000
 * @param channels          native channel count of the audio stream; 1 to 64
 * @param durationSeconds   duration of the audio stream the file declares, in seconds; {@link Double#NaN} when
 *                          the file does not say
 * @param durationEstimated true when FFmpeg guessed the duration from the bit rate and file size (e.g. an MP3
 *                          without a Xing/Info header) or the container is known to misreport it (ASF, whose
 *                          figure includes about 2 s of preroll); such a figure can be off by more than 10%
 * @param hasVideo          true when the file also has a video stream (cover art does not count)
 */
public record AudioInfo(String container, String codec, int sampleRate, int channels, double durationSeconds,
                        boolean durationEstimated, boolean hasVideo) {

    /** The native sample rate and channel count as a working-audio format. */
    public AudioFormat format() {
        return new AudioFormat(sampleRate, channels);
    }

    /** True when {@link #durationSeconds()} is known and was read from the file rather than guessed. */
    public boolean durationReliable() {
        return !Double.isNaN(durationSeconds) && !durationEstimated;
    }
}
