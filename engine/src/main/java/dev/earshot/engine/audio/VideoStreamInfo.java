package dev.earshot.engine.audio;

/**
 * The picture stream of a media file, as FFmpeg sees it before decoding.
 *
 * @param codec     FFmpeg's name of the video codec, e.g. {@code h264}, {@code vp8}, {@code hevc}
 * @param width     picture width in pixels
 * @param height    picture height in pixels
 * @param frameRate average frames per second; 0 when the file does not say
 */
public record VideoStreamInfo(String codec, int width, int height, double frameRate) {
}
