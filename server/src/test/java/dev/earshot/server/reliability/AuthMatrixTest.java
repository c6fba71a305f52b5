package dev.earshot.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.submissions.Credits;
import dev.earshot.server.auth.Users;
import dev.earshot.server.ingest.IngestFixtures;
import dev.earshot.server.reliability.AuthMatrix.Entry;
import dev.earshot.server.reliability.AuthMatrix.Resources;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;

/**
 * The auth matrix: every route the server has, read from Spring's handler mappings, is either in
 * {@link AuthMatrix} (and then answers each {@link AuthCase} with its door's documented status) or listed here as
 * public with the reason, checked to answer without a key. A route added without an entry fails the first test.
 */
class AuthMatrixTest extends ReliabilityServerTest {

    /** Routes anyone may call, and why. */
    static final Map<String, String> PUBLIC = Map.of(
            "GET /v1/dl/**", "noise-removal results: the random path is the capability (seed 003's plain curl -O)",
            "GET,HEAD /blobs/**", "signed links: the HMAC signature and expiry are the capability",
            "ANY /error", "Spring's error page, rendered for failed requests; holds no data",
            "GET /actuator", "actuator links",
            "GET /actuator/health", "health, for load balancers",
            "GET /actuator/health/**", "health components (details are never shown)",
            "GET /actuator/prometheus", "metrics for the operator's Prometheus, documented as open",
            "POST /studio/uploads", "studio upload forms (seed 002): the signed, expiring S3-style policy is the "
                    + "capability, as a presigned S3 POST is");

    @Autowired
    List<HandlerMapping> mappings;
    @Autowired
    Users users;
    @Autowired
    Credits credits;

    @Test
    void everyRouteHasAnAuthMatrixEntryOrIsListedAsPublic() {
        Set<String> listed = new TreeSet<>(PUBLIC.keySet());
        AuthMatrix.entries().forEach(entry -> listed.add(entry.route()));

        Set<String> routes = routes();

        assertThat(routes).as("routes the server has (left) against the auth matrix and public list (right): "
                + "give a new route an AuthMatrix entry, or list it in PUBLIC with the reason").isEqualTo(listed);
    }

    @Test
    void publicRoutesAnswerWithoutAKey() throws Exception {
        World world = world();
        String download = (String) awaitNoiseRemoval(world.mine().noiseJob(), KEY).get("downloadPath");
        String signedLink = (String) ((List<?>) client.get("/v1/response/" + world.mine().datasetId(),
                "X-Api-Key", KEY).json().get("output_urls")).get(0);

        assertThat(client.get("/v1/" + download).status()).isEqualTo(200);
        assertThat(client.get(signedLink).status()).isEqualTo(200);
        assertThat(client.get(signedLink.replaceAll("sig=[^&]+", "sig=0000")).status()).isEqualTo(403);
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/prometheus")) {
            assertThat(client.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyAuthenticatedRouteAnswersEachCallerWithItsDoorsDocumentedStatus() throws Exception {
        World world = world();
        List<DynamicTest> tests = new ArrayList<>();
        for (Entry entry : AuthMatrix.entries()) {
            for (AuthCase authCase : AuthCase.values()) {
                String name = entry.route() + " · " + authCase;
                if (entry.expected().containsKey(authCase)) {
                    int status = entry.expected().get(authCase);
                    tests.add(DynamicTest.dynamicTest(name + " → " + status, () -> check(world, entry, authCase)));
                } else {
                    String reason = entry.notApplicable().get(authCase);
                    tests.add(DynamicTest.dynamicTest(name + " → not applicable: " + reason,
                            () -> assertThat(reason).isNotBlank()));
                }
            }
        }
        return tests.stream();
    }

    private void check(World world, Entry entry, AuthCase authCase) throws Exception {
        int expected = entry.expected().get(authCase);
        List<String[]> presented = switch (authCase) {
            case RIGHT_KEY, OTHER_PROJECTS_RESOURCE -> List.<String[]>of(new String[] {"X-Api-Key", world.myKey()});
            case NO_KEY -> List.<String[]>of(new String[0]);
            case MALFORMED_KEY -> AuthMatrix.malformedKeys(KEY);
            case REVOKED_KEY -> List.<String[]>of(new String[] {"Authorization", "Bearer " + world.revokedKey()});
            case WRONG_SCOPE -> List.<String[]>of(new String[] {"x-api-key",
                    key(Set.of(entry.wrongScopeKey()), myProject())});
            case OTHER_PROJECTS_KEY -> List.<String[]>of(new String[] {"X-Api-Key", world.theirKey()});
        };
        Resources target = authCase == AuthCase.OTHER_PROJECTS_RESOURCE ? world.theirs() : world.mine();
        for (String[] headers : presented) {
            Reply reply = entry.call().send(client, port, headers, target);
            assertThat(reply.status()).as("%s with %s %s: %s", entry.route(), authCase,
                    headers.length == 0 ? "" : headers[0], reply).isEqualTo(expected);
        }
    }

    /** Method and path pattern of every controller, actuator and WebSocket route. */
    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (HandlerMapping mapping : mappings) {
            if (mapping instanceof RequestMappingInfoHandlerMapping requests) {
                requests.getHandlerMethods().keySet().forEach(info -> {
                    TreeSet<String> methods = new TreeSet<>();
                    info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                    String method = methods.isEmpty() ? "ANY" : String.join(",", methods);
                    info.getPatternValues().forEach(pattern -> routes.add(method + " " + pattern));
                });
            } else if (mapping instanceof WebSocketHandlerMapping sockets) {
                sockets.getHandlerMap().keySet().forEach(pattern -> routes.add("WS " + pattern));
            }
        }
        return routes;
    }

    private static World world;

    /** Two projects, each with a key (of different users), a dataset, a finished job of each door and an upload. */
    private World world() throws Exception {
        if (world != null) {
            return world;
        }
        Project other = otherProject();
        String theirUser = users.create("other-" + other.name() + "@example.com", "Other", false).id();
        credits.grant(Credits.ownerOf(theirUser), 1000, "auth matrix submissions");
        String theirKey = apiKeys.create("theirs", theirUser, Set.of(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE),
                List.of(other.id())).plainKey();
        var revoked = apiKeys.create("revoked", null, Set.of(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE),
                List.of(myProject().id()));
        apiKeys.revoke(revoked.id());
        String myKey = key(Set.of(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE, Scopes.WORKER), myProject());
        world = new World(resources(myKey, PROJECT), resources(theirKey, other.name()), myKey, theirKey,
                revoked.plainKey());
        return world;
    }

    @SuppressWarnings("unchecked")
    private Resources resources(String key, String project) throws Exception {
        Reply pipeline = client.post("/v1/audio_engine/pipeline", new Multipart()
                .field("components", "[{\"component_id\":\"audio_duration_check\"}]")
                .field("user_email", "user@example.com").field("project_name", project)
                .file("files", "a.wav", ValidAudio.WAV), "X-Api-Key", key);
        assertThat(pipeline.status()).as(pipeline.toString()).isEqualTo(200);
        List<String> datasets = (List<String>) pipeline.json().get("dataset_ids");
        Reply ingest = client.post(IngestFixtures.INGEST, new Multipart().file("file", "a.wav", ValidAudio.WAV)
                .field("pipeline", "transcription"), "X-Api-Key", key);
        assertThat(ingest.status()).as(ingest.toString()).isEqualTo(202);
        String job = (String) ingest.json().get("job_id");
        Reply upload = client.post("/v1/upload", new Multipart().file("file", "a.wav", ValidAudio.WAV),
                "X-Api-Key", key);
        assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
        String fileId = (String) upload.json().get("fileId");
        Reply noise = client.post("/v1/remove-noise", "application/json",
                ("{\"fileId\": \"" + fileId + "\"}").getBytes(), "X-Api-Key", key);
        assertThat(noise.status()).as(noise.toString()).isEqualTo(200);
        String noiseJob = (String) noise.json().get("jobId");
        Map<String, Object> finished = IngestFixtures.awaitFinished(client, job, key);
        assertThat(finished.get("status")).as(finished.toString()).isEqualTo("completed");
        assertThat(awaitNoiseRemoval(noiseJob, key).get("state")).isEqualTo("succeeded");
        Reply audio = client.post("/api/v1/audios", new Multipart().file("audio", "a.wav", ValidAudio.WAV),
                "X-Api-Key", key);
        assertThat(audio.status()).as(audio.toString()).isEqualTo(201);
        long audioId = ((Number) ((Map<?, ?>) audio.json().get("data")).get("id")).longValue();
        return new Resources(project, datasets.get(datasets.size() - 1), job, fileId, noiseJob, audioId, key,
                StudioRoutes.studio(client, key), StudioJobRoutes.jobs(client, key));
    }

    /** The bootstrap key may use every project: "mine" is a key of {@code my-project} only. */
    private record World(Resources mine, Resources theirs, String myKey, String theirKey, String revokedKey) {
    }
}
