package dev.earshot.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.ingest.IngestFixtures;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerProcess;
import dev.earshot.server.support.TestAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A full disk, made real: the packaged server runs with every file it writes capped at 4 MiB (RLIMIT_FSIZE), so a
 * larger write fails with EFBIG as on a full disk. With the shipped multipart settings the servlet container spools
 * every upload to its temp folder (under the home here) and a door's copy of it is a rename, so the full disk is met
 * where the container spools a large upload, and where a pipeline or a job decodes a smaller one into working audio
 * (32-bit float: twice the size of 16-bit PCM). Nothing half-written may stay: no row, no blob, no scratch file.
 */
class FullDiskIT {

    private static final long LIMIT = 4L << 20;
    private static final String KEY = "full-disk-key-0123456789abcdef";
    /** 3 minutes of 16 kHz mono, 5.8 MB: the container cannot spool it. */
    private static final byte[] SPOOLED = TestAudio.toneWav(180, 16_000, 1, 0);
    /** 90 s, 2.9 MB: written, but its decoded working audio (32-bit float, 5.8 MB) cannot be. */
    private static final byte[] DECODES_OVER = TestAudio.toneWav(90, 16_000, 1, 0);

    @Test
    void aFullDiskLeavesNoHalfWrittenRowBlobOrScratchFileAtAnyDoor() throws Exception {
        Path home = Files.createDirectories(Path.of(System.getProperty("earshot.test-homes"), "full-disk-"
                + System.nanoTime()));
        try (ServerProcess server = ServerProcess.startWithFileSizeLimit(home, home.resolve("server.log"), LIMIT,
                "--earshot.bootstrap.api-key=" + KEY, "--server.tomcat.basedir=" + home.resolve("tomcat"),
                "--earshot.jobs.retry-backoff=100ms",
                "--db-scheduler.polling-interval=200ms",
                // the start's native self-check would extract the 71 MB Vosk model into this home, past the limit
                "--earshot.natives.self-check=false")) {
            DoorClient client = new DoorClient(server.port());
            uploads(client, SPOOLED).forEach((door, reply) -> assertThat(reply.status())
                    .as("%s, upload the container cannot spool: %s", door, reply).isBetween(400, 599));

            uploads(client, DECODES_OVER).forEach((door, reply) -> assertThat(reply.status())
                    .as("%s, upload whose decoded audio the disk cannot take: %s", door, reply).isEqualTo(500));
        }

        try (HomeDatabase db = HomeDatabase.open(home)) {
            assertThat(db.count("tasks") + db.count("datasets") + db.count("file_records"))
                    .as("pipeline rows").isZero();
            assertThat(db.count("jobs")).as("jobs: every door decodes an upload before it files anything").isZero();
            assertThat(db.count("enhance_uploads")).as("uploads").isZero();
        }
        assertThat(Leftovers.blobs(home)).as("blobs").isEmpty();
        assertThat(Leftovers.scratch(home, home.resolve("tomcat"))).as("scratch files").isEmpty();
    }

    /** The same file sent to the pipeline door, the ingestion door and the noise-removal door's upload. */
    private static Map<String, Reply> uploads(DoorClient client, byte[] file) {
        return Map.of(
                "pipeline", client.post("/v1/audio_engine/pipeline", new Multipart()
                        .field("components", "[{\"component_id\":\"audio_duration_check\"}]")
                        .field("user_email", "user@example.com").field("project_name", "default")
                        .file("files", "big.wav", file), "X-Api-Key", KEY),
                "ingest", client.post(IngestFixtures.INGEST, new Multipart().file("file", "big.wav", file)
                        .field("pipeline", "transcription"), "X-Api-Key", KEY),
                "upload", client.post("/v1/upload", new Multipart().file("file", "big.wav", file),
                        "X-Api-Key", KEY));
    }
}
