package dev.earshot.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.support.TestAudio;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.auth.Scopes;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal of the pipeline door: its status, its {@code detail} body, and nothing left behind. */
@SuppressWarnings("unchecked")
class PipelineDoorRejectionTest extends ServerTest {

    static final byte[] WAV = TestAudio.toneWav(1, 16_000, 1, 0);

    Multipart form(String components, String email, String project) {
        Multipart form = new Multipart();
        if (components != null) {
            form.field("components", components);
        }
        if (email != null) {
            form.field("user_email", email);
        }
        if (project != null) {
            form.field("project_name", project);
        }
        return form;
    }

    Reply expect(int status, Multipart form, String... headers) {
        String before = footprint();
        Reply reply = client.post(PipelineDoorTest.PATH, form, headers);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.json()).containsKey("detail");
        assertThat(footprint()).as("rows and blobs after a refused request").isEqualTo(before);
        return reply;
    }

    Reply expect(int status, String components, byte[]... files) {
        Multipart form = form(components, "user@example.com", PROJECT);
        for (byte[] file : files) {
            form.file("files", "in.wav", file);
        }
        return expect(status, form, "X-API-Key", KEY);
    }

    static final String OK = "[{\"component_id\":\"audio_duration_check\"}]";

    @ParameterizedTest
    @ValueSource(strings = {"", "esk_wrong_key", "not-a-key-at-all"})
    void aMissingOrInvalidKeyIs403(String key) {
        Multipart form = form(OK, "user@example.com", PROJECT).file("files", "a.wav", WAV);
        Reply reply = key.isEmpty() ? expect(403, form) : expect(403, form, "X-API-Key", key);
        assertThat(reply.json().get("detail")).isEqualTo("missing or invalid API key");
    }

    @Test
    void theKeyIsAcceptedInAnyHeaderCase() {
        Multipart form = form(OK, "user@example.com", PROJECT).file("files", "a.wav", WAV);
        assertThat(client.post(PipelineDoorTest.PATH, form, "x-api-key", KEY).status()).isEqualTo(200);
        assertThat(client.post(PipelineDoorTest.PATH, form, "X-API-KEY", KEY).status()).isEqualTo(200);
        assertThat(client.post(PipelineDoorTest.PATH, form, "authorization", "bearer " + KEY).status()).isEqualTo(200);
    }

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Projects projects;

    @Test
    void aKeyForAnotherProjectIs403() {
        Project other = projects.create("other-" + UUID.randomUUID().toString().substring(0, 8));
        String key = apiKeys.create("other", null, Set.of(Scopes.AUDIO_WRITE), List.of(other.id())).plainKey();
        Reply reply = expect(403, form(OK, "user@example.com", PROJECT).file("files", "a.wav", WAV), "X-API-Key", key);
        assertThat((String) reply.json().get("detail")).contains(PROJECT);
        assertThat(client.post(PipelineDoorTest.PATH, form(OK, "user@example.com", other.name())
                .file("files", "a.wav", WAV), "X-API-Key", key).status()).isEqualTo(200);
    }

    @Test
    void aKeyWithoutAudioWriteIs403() {
        String key = apiKeys.create("reader", null, Set.of(Scopes.AUDIO_READ),
                List.of(projects.findByName(PROJECT).orElseThrow().id())).plainKey();
        Reply reply = expect(403, form(OK, "user@example.com", PROJECT).file("files", "a.wav", WAV), "X-API-Key", key);
        assertThat((String) reply.json().get("detail")).contains("audio:write");
    }

    @Test
    void aRevokedKeyIs403() {
        var created = apiKeys.create("revoked", null, Set.of(Scopes.AUDIO_WRITE),
                List.of(projects.findByName(PROJECT).orElseThrow().id()));
        apiKeys.revoke(created.id());
        expect(403, form(OK, "user@example.com", PROJECT).file("files", "a.wav", WAV), "X-API-Key", created.plainKey());
    }

    @Test
    void anUnknownProjectIs403ForAKeyWithAProjectList() {
        String key = apiKeys.create("bound", null, Set.of(Scopes.ADMIN),
                List.of(projects.findByName(PROJECT).orElseThrow().id())).plainKey();
        expect(403, form(OK, "user@example.com", "no-such-project").file("files", "a.wav", WAV), "X-API-Key", key);
    }

    @ParameterizedTest
    @CsvSource({"components", "user_email", "project_name", "files"})
    void aMissingRequiredFieldIs422NamingIt(String missing) {
        Multipart form = form(missing.equals("components") ? null : OK,
                missing.equals("user_email") ? null : "user@example.com",
                missing.equals("project_name") ? null : PROJECT);
        if (!missing.equals("files")) {
            form.file("files", "a.wav", WAV);
        }
        Reply reply = expect(422, form, "X-API-Key", KEY);
        List<Map<String, Object>> detail = (List<Map<String, Object>>) reply.json().get("detail");
        assertThat(detail).extracting(d -> d.get("loc")).containsExactly(List.of("body", missing));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json", "{\"component_id\":\"noise_reduce\"}", "[]", "[1]", "[{\"params\":{}}]",
        "[{\"component_id\":\"no_such_component\"}]",
        "[{\"component_id\":\"noise_reduce\",\"params\":\"{}\"}]",
        "[{\"component_id\":\"noise_reduce\",\"params\":[]}]",
        "[{\"component_id\":\"noise_reduce\",\"params\":{\"noise_estimation_duration_sec\":\"0.5\"}}]",
        "[{\"component_id\":\"noise_reduce\",\"params\":{\"bogus\":1}}]",
        "[{\"component_id\":\"end_silence_trimmer\",\"params\":{\"x\":1}}]",
        "[{\"component_id\":\"slice_audio\",\"params\":{\"ranges\":[[0,1],[1,2]]}},{\"component_id\":\"noise_reduce\"}]",
        "[{\"component_id\":\"split_audio_channel\"},{\"component_id\":\"noise_reduce\"}]",
        "[{\"component_id\":\"speech_similarity\"}]",
        "[{\"component_id\":\"speech_fluency_check\",\"params\":{\"unknown\":true}}]",
        "[{\"component_id\":\"slice_audio\",\"params\":{\"ranges\":[[2,1]]}}]"
    })
    void aBadComponentsValueIs400(String components) {
        expect(400, components, WAV);
    }

    @Test
    void everyProblemOfAPlanIsReportedAtOnce() {
        Reply reply = expect(400, """
                [{"component_id":"noise_reduce","params":{"bogus":1}},
                 {"component_id":"audio_duration_check","params":{"min_duration_minutes":"8"}},
                 {"component_id":"nope"}]""", WAV);
        assertThat(reply.json()).containsOnlyKeys("detail");
        assertThat((String) reply.json().get("detail")).contains("components[0] (noise_reduce) params.bogus",
                "components[1] (audio_duration_check) params.min_duration_minutes", "components[2]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "a@b", "user@", "@example.com", "two words@example.com"})
    void anInvalidEmailIs400(String email) {
        expect(400, form(OK, email, PROJECT).file("files", "a.wav", WAV), "X-API-Key", KEY);
    }

    @Test
    void anEmptyProjectNameIs400() {
        expect(400, form(OK, "user@example.com", "  ").file("files", "a.wav", WAV), "X-API-Key", KEY);
    }

    @Test
    void elevenFilesAre400() {
        byte[][] files = new byte[11][];
        Arrays.fill(files, WAV);
        expect(400, OK, files);
    }

    @Test
    void twentyOneStepsAre400() {
        String steps = String.join(",", Collections.nCopies(21, "{\"component_id\":\"audio_duration_check\"}"));
        Reply reply = expect(400, "[" + steps + "]", WAV);
        assertThat((String) reply.json().get("detail")).contains("at most 20");
    }

    @Test
    void undecodableFilesAre400(@TempDir Path dir) {
        byte[] text = "hello, this is not audio\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        byte[] garbage = new byte[50_000];
        new Random(1).nextBytes(garbage);
        byte[] truncatedWav = Arrays.copyOf(TestAudio.toneWav(5, 16_000, 1, 0), 44 + 1000);
        byte[] mp3 = TestAudio.mp3(10, 44_100, dir);
        byte[] truncatedMp3 = Arrays.copyOf(mp3, mp3.length * 3 / 10);
        assertThat(client.post(PipelineDoorTest.PATH, form(OK, "user@example.com", PROJECT)
                .file("files", "whole.mp3", mp3), "X-API-Key", KEY).status()).isEqualTo(200);
        expect(400, OK, truncatedMp3);
        expect(400, OK, new byte[0]);
        expect(400, form(OK, "user@example.com", PROJECT).file("files", "notes.txt", text), "X-API-Key", KEY);
        Reply garbageReply = expect(400, form(OK, "user@example.com", PROJECT).file("files", "song.mp3", garbage),
                "X-API-Key", KEY);
        assertThat((String) garbageReply.json().get("detail")).contains("song.mp3").doesNotContain("/");
        Reply reply = expect(400, OK, truncatedWav);
        assertThat((String) reply.json().get("detail")).contains("in.wav");
    }

    @Test
    void aStepThatCannotRunOnTheAudioIs400() {
        Reply reply = client.post(PipelineDoorTest.PATH, form(
                "[{\"component_id\":\"slice_audio\",\"params\":{\"ranges\":[[30,40]]}}]", "user@example.com", PROJECT)
                .file("files", "a.wav", WAV), "X-API-Key", KEY);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    }
}
