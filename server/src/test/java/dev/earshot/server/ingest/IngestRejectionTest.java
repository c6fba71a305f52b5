package dev.earshot.server.ingest;

import static dev.earshot.server.ingest.IngestFixtures.INGEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.TestAudio;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every refusal of the seed's table (400, 401, 415) with its code, and that a refused upload writes nothing. */
class IngestRejectionTest extends IngestTest {

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Projects projects;

    @TempDir
    Path dir;

    private String footprintBefore;

    private static final byte[] WAV = TestAudio.toneWav(1, 16_000, 1, 0);

    @BeforeEach
    void rememberFootprint() {
        footprintBefore = ingestFootprint();
    }

    @Test
    void aMissingKeyIs401() {
        assertRefused(client.post(INGEST, upload(WAV)), 401, "unauthorized", "missing, invalid or revoked API key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-key-0123456789abcdef", "short"})
    void anInvalidKeyIs401(String key) {
        assertRefused(client.post(INGEST, upload(WAV), "Authorization", "Bearer " + key), 401, "unauthorized",
                "missing, invalid or revoked API key");
    }

    @Test
    void aRevokedKeyIs401() {
        var key = apiKeys.create("revoked", null, Set.of(Scopes.AUDIO_WRITE), List.of(projectId()));
        apiKeys.revoke(key.id());
        assertRefused(client.post(INGEST, upload(WAV), "X-Api-Key", key.plainKey()), 401, "unauthorized",
                "revoked");
    }

    @Test
    void aKeyWithoutAudioWriteIs401SayingThePermissionIsMissing() {
        var key = apiKeys.create("reader", null, Set.of(Scopes.AUDIO_READ), List.of(projectId()));
        assertRefused(client.post(INGEST, upload(WAV), "X-Api-Key", key.plainKey()), 401, "unauthorized",
                "lacks the audio:write permission");
    }

    @Test
    void theKeyIsReadFromEitherHeaderInAnyLetterCase() {
        assertThat(client.post(INGEST, upload(WAV), "x-api-key", KEY).status()).isEqualTo(202);
        assertThat(client.post(INGEST, upload(WAV), "authorization", "bearer " + KEY).status()).isEqualTo(202);
    }

    @Test
    void aMissingFileIs400() {
        Multipart form = new Multipart().field("pipeline", "transcription");
        assertRefused(post(form), 400, "missing_field", "'file' field is required");
    }

    @Test
    void aFileSentAsTextIs400SayingHowToSendIt() {
        Multipart form = new Multipart().field("file", "call-recording.mp3");
        assertRefused(post(form), 400, "missing_field", "as a file upload");
    }

    @Test
    void twoFilesAre400() {
        Multipart form = new Multipart().file("file", "a.wav", WAV).file("file", "b.wav", WAV);
        assertRefused(post(form), 400, "invalid_parameter", "exactly one 'file'");
    }

    @Test
    void aRequestThatIsNotMultipartIs400() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + INGEST))
                .header("Content-Type", "application/json").header("X-Api-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\": \"call.mp3\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(new DoorClient.Reply(reply.statusCode(), reply.headers().map(),
                reply.body().getBytes(StandardCharsets.UTF_8)), 400, "invalid_request", "multipart/form-data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "TRANSCRIPTION", "", "transcription,full-analysis"})
    void anUnknownPipelineIs400NamingTheValues(String pipeline) {
        assertRefused(post(upload(WAV).field("pipeline", pipeline)), 400, "invalid_parameter",
                "use one of: transcription, full-analysis");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "de", "es-419", "zh-Hans-CN"})
    void aLanguageOtherThanEnglishIs400NamingTheSupportedOnes(String language) {
        assertRefused(post(upload(WAV).field("language", language)), 400, "invalid_parameter",
                "supported languages: en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US", "english!", "e", "en-", "en US"})
    void aLanguageThatIsNotABcp47TagIs400(String language) {
        assertRefused(post(upload(WAV).field("language", language)), 400, "invalid_parameter",
                "not a valid BCP-47 tag");
    }

    @Test
    void anEmptyLanguageIs400() {
        assertRefused(post(upload(WAV).field("language", "")), 400, "invalid_parameter", "must not be empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en-GB", "EN-au", "en-Latn-IN"})
    void everyEnglishTagIsAccepted(String language) {
        assertThat(post(upload(WAV).field("language", language)).status()).isEqualTo(202);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"agent_id\": ", "agent_id=AGT-42", "", "{'agent_id': 'AGT-42'}"})
    void metadataThatIsNotJsonIs400(String metadata) {
        assertRefused(post(upload(WAV).field("metadata", metadata)), 400, "invalid_parameter",
                "metadata is not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"AGT-42\"]", "\"AGT-42\"", "42", "null", "true"})
    void metadataThatIsNotAnObjectIs400(String metadata) {
        assertRefused(post(upload(WAV).field("metadata", metadata)), 400, "invalid_parameter",
                "metadata must be a JSON object");
    }

    @Test
    void metadataLongerThanTheLimitIs400() {
        String metadata = "{\"notes\": \"" + "x".repeat(16_400) + "\"}";
        assertRefused(post(upload(WAV).field("metadata", metadata)), 400, "invalid_parameter",
                "metadata is longer than 16384 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "https://10.1.2.3/hook", "https://user:pw@127.0.0.1/hook",
            "ftp://127.0.0.1/hook", "not a url", "", "/relative/hook"})
    void aWebhookUrlTheOutboundPolicyRefusesIs400WithItsReason(String url) {
        assertRefused(post(upload(WAV).field("webhook_url", url)), 400, "invalid_parameter", "webhook_url");
    }

    @Test
    void aFieldSentTwiceIs400() {
        assertRefused(post(upload(WAV).field("pipeline", "transcription").field("pipeline", "full-analysis")),
                400, "invalid_parameter", "pipeline was sent 2 times");
    }

    @Test
    void anEmptyFileIs400() {
        assertRefused(post(new Multipart().file("file", "call.mp3", new byte[0])), 400, "empty_file",
                "'call.mp3' is empty");
    }

    @Test
    void aTruncatedWavIs400() {
        byte[] wav = TestAudio.toneWav(2, 16_000, 1, 0);
        byte[] cut = Arrays.copyOf(wav, wav.length / 2);
        assertRefused(post(new Multipart().file("file", "cut.wav", cut)), 400, "truncated_file",
                "its header declares 2.000 s of audio but the file holds only " + cut.length + " bytes");
    }

    @Test
    void aWavWithAHeaderAndNoSamplesIs400NamingTheFile() {
        byte[] headerOnly = TestAudio.wav(new byte[0], 16_000, 1);
        assertRefused(post(new Multipart().file("file", "header-only.wav", headerOnly)), 400, "invalid_audio",
                "cannot decode 'header-only.wav': the file contains no audio samples");
    }

    @Test
    void anMp3CutShortIs400NamingTheFileInsteadOfAJobThatFailsLater() {
        byte[] mp3 = TestAudio.encode(IngestFixtures.repeatedSpeech(2), OutputFormat.MP3, dir);
        byte[] cut = Arrays.copyOf(mp3, mp3.length * 2 / 5);
        assertRefused(post(new Multipart().file("file", "cut.mp3", cut)), 400, "invalid_audio",
                "cannot decode 'cut.mp3': the file is truncated: it declares ");
    }

    @Test
    void aTextFileRenamedToMp3Is415() {
        byte[] text = "This is a meeting transcript, not audio.\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        assertRefused(post(new Multipart().file("file", "call-recording.mp3", text)), 415, "unsupported_media_type",
                "not audio in a supported format (MP3 (up to 48 kHz), WAV (up to 96 kHz)");
    }

    @Test
    void randomBytesNamedMp3Are415() {
        byte[] garbage = new byte[64_000];
        new Random(3).nextBytes(garbage);
        assertRefused(post(new Multipart().file("file", "call-recording.mp3", garbage)), 415,
                "unsupported_media_type", "not audio in a supported format");
    }

    @Test
    void aWavAt192KilohertzIs415NamingTheLimit() {
        byte[] wav = TestAudio.toneWav(0.5, 192_000, 1, 0);
        assertRefused(post(new Multipart().file("file", "hifi.wav", wav)), 415, "unsupported_media_type",
                "the file is WAV audio at 192000 Hz; WAV is accepted up to 96 kHz");
    }

    @Test
    void aFlacAt192KilohertzIs415NamingTheLimit() {
        byte[] flac = TestAudio.encode(TestAudio.toneWav(0.5, 192_000, 1, 0), OutputFormat.FLAC, dir);
        assertRefused(post(new Multipart().file("file", "hifi.flac", flac)), 415, "unsupported_media_type",
                "FLAC is accepted up to 96 kHz");
    }

    @Test
    void anM4aAt96KilohertzIs415NamingTheLimit() {
        byte[] m4a = TestAudio.encode(TestAudio.toneWav(0.5, 96_000, 1, 0), OutputFormat.M4A, dir);
        assertRefused(post(new Multipart().file("file", "hifi.m4a", m4a)), 415, "unsupported_media_type",
                "the file is M4A audio at 96000 Hz; M4A is accepted up to 48 kHz");
    }

    @Test
    void anAiffFileIs415NamingWhatItHolds() throws IOException {
        assertRefused(post(new Multipart().file("file", "call.aiff", aiff())), 415, "unsupported_media_type",
                "pcm_s16be audio in a aiff container, which is not a supported format");
    }

    @Test
    void anAiffFileRenamedToWavIs415() throws IOException {
        assertRefused(post(new Multipart().file("file", "call.wav", aiff())), 415, "unsupported_media_type",
                "aiff container");
    }

    private String projectId() {
        return projects.findByName(PROJECT).orElseThrow().id();
    }

    private static Multipart upload(byte[] file) {
        return new Multipart().file("file", "call.wav", file);
    }

    private DoorClient.Reply post(Multipart form) {
        return client.post(INGEST, form, "Authorization", "Bearer " + KEY);
    }

    @SuppressWarnings("unchecked")
    private void assertRefused(DoorClient.Reply reply, int status, String code, String message) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        Map<String, Object> body = reply.json();
        assertThat(body).containsOnlyKeys("error");
        Map<String, Object> error = (Map<String, Object>) body.get("error");
        assertThat(error).containsOnlyKeys("code", "message");
        assertThat(error.get("code")).isEqualTo(code);
        assertThat((String) error.get("message")).contains(message);
        assertThat(ingestFootprint()).isEqualTo(footprintBefore);
    }

    private static byte[] aiff() throws IOException {
        byte[] wav = TestAudio.toneWav(1, 16_000, 1, 0);
        byte[] pcm = Arrays.copyOfRange(wav, 44, wav.length);
        AudioFormat format = new AudioFormat(16_000, 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2),
                AudioFileFormat.Type.AIFF, out);
        return out.toByteArray();
    }
}
