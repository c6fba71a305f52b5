package dev.earshot.server.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient.Reply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/tasks} against a real server: only the caller's tasks, newest first, in Laravel's full paginated
 * resource body (links with full URLs that keep the filters, meta with every key and the windowed page links), the
 * status and type filters, the default of 15 per page, and Laravel's answers to bad {@code per_page} and
 * {@code page} values.
 */
class TasksDoorTest extends ExternalWorkersServerTest {

    private String ann;
    private final List<Long> tasks = new ArrayList<>();

    @BeforeEach
    void fiveTasksOfAnnTwoOfThemDoneAndOneOfBob() {
        ann = userKey("ann");
        long audioId = door.upload(ann, "a.wav", AUDIO);
        for (int i = 1; i <= 5; i++) {
            String[] services = i <= 3 ? new String[] {"Transcribe"} : new String[] {"Transcribe", "Summarize"};
            tasks.add(door.submit(ann, "Call " + i, audioId, services).taskId());
        }
        String worker = workerKey();
        for (int done : List.of(2, 5)) {
            assertThat(door.report(worker, task(done), "{\"status\": \"completed\"}").status()).isEqualTo(200);
        }
        String bob = userKey("bob");
        door.submit(bob, "Bob's call", door.upload(bob, "b.wav", AUDIO), "Transcribe");
    }

    @Test
    void theSecondPageOfTwoHasLaravelsLinksAndMetaWithFullUrls() {
        Map<String, Object> body = list("?per_page=2&page=2");

        assertThat(ids(body)).containsExactly(task(3), task(2));
        assertThat(body.get("links")).isEqualTo(links(url("?per_page=2&page=1"), url("?per_page=2&page=3"),
                url("?per_page=2&page=1"), url("?per_page=2&page=3")));
        Map<String, Object> meta = meta(2, 3, 4, 3, 2, 5);
        meta.put("links", List.of(link(url("?per_page=2&page=1"), "&laquo; Previous", false),
                link(url("?per_page=2&page=1"), "1", false), link(url("?per_page=2&page=2"), "2", true),
                link(url("?per_page=2&page=3"), "3", false), link(url("?per_page=2&page=3"), "Next &raquo;", false)));
        assertThat(body.get("meta")).isEqualTo(meta);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachListedTaskHasTheSeedsFieldsAndEarshotsAdditions() {
        List<Map<String, Object>> data = (List<Map<String, Object>>) list("?per_page=2&page=2").get("data");

        assertThat(data.get(0)).containsOnlyKeys("id", "type", "status", "created_at", "submission_id", "progress",
                        "queue_position").containsEntry("type", "Transcribe").containsEntry("status", "pending")
                .containsEntry("progress", 0).containsEntry("queue_position", null);
        assertThat(data.get(1)).containsEntry("status", "done").containsEntry("progress", 100);
        assertThat((String) data.get(0).get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void withoutPerPageAPageHoldsFifteenAndTheOtherUsersTaskIsNotListed() {
        Map<String, Object> body = list("");

        assertThat(ids(body)).containsExactly(task(5), task(4), task(3), task(2), task(1));
        assertThat(body.get("links")).isEqualTo(links(url("?page=1"), url("?page=1"), null, null));
        Map<String, Object> meta = meta(1, 1, 5, 1, 15, 5);
        meta.put("links", List.of(link(null, "&laquo; Previous", false), link(url("?page=1"), "1", true),
                link(null, "Next &raquo;", false)));
        assertThat(body.get("meta")).isEqualTo(meta);
    }

    @Test
    @SuppressWarnings("unchecked")
    void statusAndTypeFilterExactlyAndThePageLinksKeepThem() {
        Map<String, Object> done = list("?status=done");
        Map<String, Object> summarized = list("?type=Transcribe%26Summarize&per_page=1");

        assertThat(ids(done)).containsExactly(task(5), task(2));
        assertThat(((Map<String, Object>) done.get("meta")).get("total")).isEqualTo(2);
        assertThat(((Map<String, Object>) done.get("links")).get("first")).isEqualTo(url("?status=done&page=1"));
        assertThat(ids(summarized)).containsExactly(task(5));
        assertThat(((Map<String, Object>) summarized.get("links")).get("next"))
                .isEqualTo(url("?type=Transcribe%26Summarize&per_page=1&page=2"));
        assertThat(ids(list("?status=done&type=Transcribe"))).containsExactly(task(2));
        assertThat(ids(list("?status=pending&type=Transcribe"))).containsExactly(task(3), task(1));
        Map<String, Object> unknown = list("?status=finished");
        assertThat(ids(unknown)).isEmpty();
        assertThat((Map<String, Object>) unknown.get("meta")).containsEntry("total", 0).containsEntry("last_page", 1).containsEntry("from", null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageThatIsNotAWholeNumberIsTheFirstAndOnePastTheEndIsEmpty() {
        for (String page : List.of("abc", "0", "-3", "1.5")) {
            Map<String, Object> meta = (Map<String, Object>) list("?per_page=2&page=" + page).get("meta");
            assertThat(meta.get("current_page")).as(page).isEqualTo(1);
        }
        Map<String, Object> beyond = list("?per_page=2&page=9");

        assertThat(ids(beyond)).isEmpty();
        assertThat((Map<String, Object>) beyond.get("meta")).containsEntry("current_page", 9)
                .containsEntry("from", null).containsEntry("to", null).containsEntry("last_page", 3)
                .containsEntry("total", 5);
        assertThat((Map<String, Object>) beyond.get("links")).containsEntry("prev", url("?per_page=2&page=8"))
                .containsEntry("next", null);
    }

    @Test
    void aPerPageThatIsNotAnIntegerOrOutOfRangeIs422InLaravelsWords() {
        for (String perPage : List.of("abc", "2.5", "ten")) {
            assertInvalidPerPage(perPage, "The per page field must be an integer.");
        }
        for (String perPage : List.of("0", "-1", "101", "99999999999")) {
            assertInvalidPerPage(perPage, "The per page field must be between 1 and 100.");
        }
        assertThat(ids(list("?per_page=100"))).hasSize(5);
    }

    private void assertInvalidPerPage(String perPage, String message) {
        Reply reply = door.get(ann, "/api/v1/tasks?per_page=" + perPage);

        assertThat(reply.status()).as(perPage + ": " + reply).isEqualTo(422);
        assertThat(reply.json()).as(perPage).isEqualTo(Map.of("message", message,
                "errors", Map.of("per_page", List.of(message))));
    }

    private Map<String, Object> list(String query) {
        Reply reply = door.get(ann, "/api/v1/tasks" + query);
        assertThat(reply.status()).as(query + ": " + reply).isEqualTo(200);
        assertThat(reply.json()).containsOnlyKeys("data", "links", "meta");
        return reply.json();
    }

    private long task(int number) {
        return tasks.get(number - 1);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("data")).stream().map(SubmissionsClient::id).toList();
    }

    private String url(String query) {
        return "http://localhost:" + port + "/api/v1/tasks" + query;
    }

    private static Map<String, Object> links(String first, String last, String prev, String next) {
        Map<String, Object> links = new HashMap<>();
        links.put("first", first);
        links.put("last", last);
        links.put("prev", prev);
        links.put("next", next);
        return links;
    }

    /** Laravel's meta without its page links. */
    private Map<String, Object> meta(int currentPage, int from, int to, int lastPage, int perPage, int total) {
        Map<String, Object> meta = new HashMap<>();
        meta.put("current_page", currentPage);
        meta.put("from", from);
        meta.put("last_page", lastPage);
        meta.put("path", url(""));
        meta.put("per_page", perPage);
        meta.put("to", to);
        meta.put("total", total);
        return meta;
    }

    private static Map<String, Object> link(String url, String label, boolean active) {
        Map<String, Object> link = new HashMap<>();
        link.put("url", url);
        link.put("label", label);
        link.put("active", active);
        return link;
    }
}
