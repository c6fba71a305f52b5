package dev.earshot.server.pipeline;

import dev.earshot.engine.pipeline.StepSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads the text fields of a pipeline request: the components JSON, user_email and project_name. */
@Component
@OnAudioEngineEnabled
class PipelineRequestReader {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private final JsonMapper json;

    PipelineRequestReader(JsonMapper json) {
        this.json = json;
    }

    /** The steps of the components field; shape errors are 400s (params are checked by the engine). */
    List<StepSpec> steps(String components) {
        Object parsed;
        try {
            parsed = json.readValue(components, Object.class);
        } catch (JacksonException e) {
            throw PipelineDoorException.badRequest("components is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(parsed instanceof List<?> entries)) {
            throw PipelineDoorException.badRequest("components must be a JSON array of objects");
        }
        if (entries.isEmpty()) {
            throw PipelineDoorException.badRequest("components must be a non-empty array");
        }
        List<StepSpec> steps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String problem = shapeProblem(i, entries.get(i));
            if (problem == null) {
                Map<?, ?> object = (Map<?, ?>) entries.get(i);
                steps.add(new StepSpec((String) object.get("component_id"), object.get("params")));
            } else {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw PipelineDoorException.badRequest(String.join("; ", problems));
        }
        return steps;
    }

    /** A valid email address, trimmed. */
    String userEmail(String value) {
        String email = value.trim();
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            throw PipelineDoorException.badRequest("user_email is not a valid email address");
        }
        return email;
    }

    /** A non-blank project name, trimmed. */
    String projectName(String value) {
        String name = value.trim();
        if (name.isEmpty()) {
            throw PipelineDoorException.badRequest("project_name must not be empty");
        }
        return name;
    }

    private static String shapeProblem(int index, Object entry) {
        if (!(entry instanceof Map<?, ?> object)) {
            return "components[" + index + "] must be an object with component_id and optional params";
        }
        for (Object key : object.keySet()) {
            if (!"component_id".equals(key) && !"params".equals(key)) {
                return "components[" + index + "] has an unknown key '" + key + "'; allowed: component_id, params";
            }
        }
        if (!(object.get("component_id") instanceof String)) {
            return "components[" + index + "].component_id must be a string";
        }
        return null;
    }
}
