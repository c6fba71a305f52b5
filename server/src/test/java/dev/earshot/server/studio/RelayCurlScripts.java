package dev.earshot.server.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/** Runs the files of {@code examples/relay-curl/} as a user would, and checks what they print. */
final class RelayCurlScripts {

    private static final Path EXAMPLES = Path.of("..", "examples", "relay-curl").toAbsolutePath().normalize();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RelayCurlScripts() {
    }

    /** Runs an example in {@code dir} with the environment given; returns what it printed on standard output. */
    static String run(Path dir, Map<String, String> env, String script) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", EXAMPLES.resolve(script).toString()).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(script + ": " + out).isZero();
        return out.strip();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String json) {
        return JSON.readValue(json, Map.class);
    }

    static List<Object> list(String json) {
        @SuppressWarnings("unchecked")
        List<Object> list = JSON.readValue(json, List.class);
        return list;
    }

    /** Each field is present with a value of its JSON type. */
    static void assertTypes(Map<String, Object> body, Map<String, Class<?>> types) {
        types.forEach((field, type) -> assertThat(body.get(field)).as(field + " in " + body).isInstanceOf(type));
    }

    /** Relay's first page of a list of {@code total} items, all on it. */
    static void assertPage(Map<String, Object> page, int total) {
        assertTypes(page, Map.of("items", List.class, "total", Integer.class, "page", Integer.class,
                "page_size", Integer.class, "has_more", Boolean.class));
        assertThat(page).containsEntry("total", total).containsEntry("page", 1).containsEntry("has_more", false);
    }
}
