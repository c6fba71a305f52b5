package dev.earshot.server.studio;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.AudioProbe;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.DecodeTimeoutException;
import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.server.jobs.JobFailedException;
import dev.earshot.server.storage.BlobStore;
import dev.earshot.server.storage.SafeFileName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Decodes an uploaded file of the studio door once, as it was sent: copied from the blob store into a work folder,
 * probed, and decoded with the engine's {@link AudioDecoder} into working audio at its own rate and channels, within
 * {@code earshot.studio.decode-timeout}. A file that is not audio fails its job for good with a reason its owner can
 * act on ({@link AudioFailures}).
 */
@Component
class StudioDecoder {

    private final AudioProbe probe = new AudioProbe();
    private final AudioDecoder decoder = new AudioDecoder();
    private final BlobStore blobs;
    private final StudioSettings settings;

    StudioDecoder(BlobStore blobs, StudioSettings settings) {
        this.blobs = blobs;
        this.settings = settings;
    }

    /** The working audio of the upload stored under {@code blobKey}, written as {@code working.f32} in workDir. */
    PcmFile decode(String blobKey, String filename, Path workDir) throws IOException {
        Path original = workDir.resolve("original-" + SafeFileName.of(filename));
        try (InputStream in = blobs.open(blobKey)) {
            Files.copy(in, original);
        }
        try {
            probe.probe(original, filename);
            return decoder.decode(original, filename, workDir.resolve("working.f32"),
                    DecodeOptions.original(settings.decodeTimeout()));
        } catch (DecodeTimeoutException e) {
            throw new JobFailedException(AudioFailures.of(e), e);
        } catch (UndecodableAudioException e) {
            throw new JobFailedException(AudioFailures.of(e), e);
        } finally {
            Files.deleteIfExists(original);
        }
    }
}
