package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;

/**
 * Brings decoded pictures of any pixel format and size to YUV 4:2:0 at one size, through swscale (bilinear).
 * Pictures already in that shape pass through untouched. Not thread-safe.
 */
final class PictureConverter implements AutoCloseable {

    private final int width;
    private final int height;
    private final AVFrame converted = avutil.av_frame_alloc();
    private SwsContext scaler;

    /** @param width, height the output size in pixels */
    PictureConverter(int width, int height) {
        this.width = width;
        this.height = height;
        converted.format(avutil.AV_PIX_FMT_YUV420P);
        converted.width(width);
        converted.height(height);
        FfmpegLibrary.check(avutil.av_frame_get_buffer(converted, 0), "allocate a picture");
    }

    /** {@code picture} as YUV 4:2:0 at the output size; the result is valid until the next call. */
    AVFrame convert(AVFrame picture) {
        if (picture.format() == avutil.AV_PIX_FMT_YUV420P && picture.width() == width
                && picture.height() == height) {
            return picture;
        }
        scaler = swscale.sws_getCachedContext(scaler, picture.width(), picture.height(), picture.format(), width,
                height, avutil.AV_PIX_FMT_YUV420P, swscale.SWS_BILINEAR, null, null, (DoublePointer) null);
        if (scaler == null || scaler.isNull()) {
            throw new EarshotException("FFmpeg cannot convert pictures of pixel format " + picture.format()
                    + " to YUV 4:2:0");
        }
        FfmpegLibrary.check(avutil.av_frame_make_writable(converted), "prepare a picture");
        FfmpegLibrary.check(swscale.sws_scale(scaler, picture.data(), picture.linesize(), 0, picture.height(),
                converted.data(), converted.linesize()), "convert a picture");
        return converted;
    }

    @Override
    public void close() {
        if (scaler != null) {
            swscale.sws_freeContext(scaler);
        }
        avutil.av_frame_free(converted);
    }
}
