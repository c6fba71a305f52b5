package dev.earshot.engine.natives;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.error.EarshotException;
import dev.earshot.engine.pipeline.NativeCapability;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The messages are those the libraries gave on this project's machines when each was broken on purpose. */
class FailureReasonTest {

    @Test
    void aMissingSystemLibraryIsNamedWithItsDebianPackage() {
        UnsatisfiedLinkError link = new UnsatisfiedLinkError("/root/.javacpp/cache/ffmpeg-8.0.1-1.5.13-linux-x86_64.jar"
                + "/org/bytedeco/ffmpeg/linux-x86_64/libjniavdevice.so: libpulse.so.0: cannot open shared object file: "
                + "No such file or directory");
        Throwable failure = new EarshotException("FFmpeg native libraries could not be loaded: " + link, link);

        assertThat(FailureReason.of(NativeCapability.FFMPEG, failure)).isEqualTo("FFmpeg cannot be loaded: the system "
                + "library libpulse.so.0 is missing (libjniavdevice.so needs it); install the package libpulse0 "
                + "(apt-get install libpulse0 on Debian or Ubuntu)");
    }

    @Test
    void anUnknownMissingLibraryIsNamedWithHowToFindItsPackage() {
        Throwable failure = new UnsatisfiedLinkError("libfoo.so.3: cannot open shared object file");

        assertThat(FailureReason.of(NativeCapability.VOSK, failure)).isEqualTo("Vosk cannot be loaded: the system "
                + "library libfoo.so.3 is missing; install the package that provides it (on Debian or Ubuntu, "
                + "apt-file search libfoo.so.3 names it)");
    }

    @Test
    void javacppWithoutACacheFolderNamesTheSettingThatFixesIt() {
        IOException io = new IOException("Could not create the cache: Set the \"org.bytedeco.javacpp.cachedir\" "
                + "system property.");
        Throwable failure = new EarshotException("FFmpeg native libraries could not be loaded",
                new UnsatisfiedLinkError(io.toString()));

        assertThat(FailureReason.of(NativeCapability.FFMPEG, failure))
                .startsWith("FFmpeg cannot be loaded: JavaCPP could create no folder for its cache of native "
                        + "libraries (it tried org.bytedeco.javacpp.cachedir")
                .contains(System.getProperty("user.home") + "/.javacpp/cache")
                .endsWith("start Java with -Dorg.bytedeco.javacpp.cachedir=<a writable folder> (for example in "
                        + "JAVA_TOOL_OPTIONS) or make ~/.javacpp/cache writable");
    }

    @Test
    void aCLibraryTooOldIsSaidSo() {
        Throwable failure = new UnsatisfiedLinkError("/tmp/onnxruntime-java1/libonnxruntime.so: /lib/x86_64-linux-gnu/"
                + "libc.so.6: version `GLIBC_2.34' not found (required by /tmp/onnxruntime-java1/libonnxruntime.so)");

        assertThat(FailureReason.of(NativeCapability.SILERO_VAD, failure)).isEqualTo("ONNX Runtime with the Silero "
                + "VAD model cannot be loaded: it needs GLIBC_2.34 of the C library, newer than this system's glibc; "
                + "run Earshot on a newer system (Debian 12, Ubuntu 22.04 or later)");
    }

    @Test
    void anyOtherFailureKeepsTheLibrarysWordsAndSaysWhereItIsUnpacked() {
        Throwable failure = new ExceptionInInitializerError(new RuntimeException("Failed to load onnx-runtime library",
                new IOException("/srv/tmp/onnxruntime-java77: Not a directory")));

        assertThat(FailureReason.of(NativeCapability.SILERO_VAD, failure)).isEqualTo("ONNX Runtime with the Silero "
                + "VAD model does not work: Failed to load onnx-runtime library: /srv/tmp/onnxruntime-java77: Not a "
                + "directory. ONNX Runtime unpacks its library into java.io.tmpdir: start Java with "
                + "-Djava.io.tmpdir=<a writable folder not mounted noexec>");
    }
}
