package dev.earshot.server.submissions;

import dev.earshot.engine.language.LanguageCodes;
import dev.earshot.engine.speech.SpeechLanguage;
import dev.earshot.engine.speech.UnsupportedLanguageException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads {@code POST /api/v1/submissions} from a JSON or a form body and checks it as Laravel's validator would,
 * rule by rule in the order of the fields, collecting every failure: {@code audio_name} required|string|max:255,
 * {@code audio_url} required_without:audio_id|url, {@code audio_id} required_without:audio_url|integer|exists,
 * {@code services} required|array with each item in the seed's list, {@code audio_language}, {@code context} and
 * {@code target_language} nullable strings.
 */
@Component
class SubmissionRequestReader {

    private static final int MAX_CONTEXT = 2_000;
    private final RequestBodies bodies;
    private final SubmissionAudios audios;
    private final SubmissionsSettings settings;

    SubmissionRequestReader(RequestBodies bodies, SubmissionAudios audios, SubmissionsSettings settings) {
        this.bodies = bodies;
        this.audios = audios;
        this.settings = settings;
    }

    SubmissionRequest read(HttpServletRequest request, String owner) {
        Map<String, Object> body = bodies.read(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String name = text(body, "audio_name", errors, true, 255);
        String url = audioUrl(body, errors);
        Long audioId = audioId(body, owner, errors);
        List<SubmissionService> services = services(body, errors);
        String audioLanguage = text(body, "audio_language", errors, false, 64);
        String speechLanguage = speechLanguage(audioLanguage, errors);
        String context = text(body, "context", errors, false, MAX_CONTEXT);
        String target = target(text(body, "target_language", errors, false, 16), context, services, errors);
        if (!errors.isEmpty()) {
            throw SubmissionsException.invalid(errors);
        }
        return new SubmissionRequest(name, audioId, audioId == null ? url : null, services, speechLanguage,
                audioLanguage, context, target);
    }

    private static String text(Map<String, Object> body, String field, Map<String, List<String>> errors,
                               boolean required, int max) {
        Object value = body.get(field);
        if (RequestBodies.blank(value)) {
            if (required) {
                fail(errors, field, "The " + attribute(field) + " field is required.");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            fail(errors, field, "The " + attribute(field) + " field must be a string.");
            return null;
        }
        if (text.length() > max) {
            fail(errors, field, "The " + attribute(field) + " field must not be greater than " + max
                    + " characters.");
            return null;
        }
        return text.strip();
    }

    private static String audioUrl(Map<String, Object> body, Map<String, List<String>> errors) {
        Object value = body.get("audio_url");
        if (RequestBodies.blank(value)) {
            if (RequestBodies.blank(body.get("audio_id"))) {
                fail(errors, "audio_url", "The audio url field is required when audio id is not present.");
            }
            return null;
        }
        if (!RequestBodies.blank(body.get("audio_id"))) {
            fail(errors, "audio_url", "The audio url field prohibits audio id from being present.");
            return null;
        }
        if (!(value instanceof String text) || !isUrl(text.strip())) {
            fail(errors, "audio_url", "The audio url field must be a valid URL.");
            return null;
        }
        return text.strip();
    }

    private static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && text.length() <= 2048;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Long audioId(Map<String, Object> body, String owner, Map<String, List<String>> errors) {
        Object value = body.get("audio_id");
        if (RequestBodies.blank(value)) {
            if (RequestBodies.blank(body.get("audio_url"))) {
                fail(errors, "audio_id", "The audio id field is required when audio url is not present.");
            }
            return null;
        }
        Optional<Long> id = RequestBodies.integer(value);
        if (id.isEmpty()) {
            fail(errors, "audio_id", "The audio id field must be an integer.");
            return null;
        }
        boolean exists = audios.find(id.get()).filter(audio -> audio.owner().equals(owner)).isPresent();
        if (!exists) {
            fail(errors, "audio_id", "The selected audio id is invalid.");
            return null;
        }
        return id.get();
    }

    private static List<SubmissionService> services(Map<String, Object> body, Map<String, List<String>> errors) {
        Object value = body.get("services");
        if (RequestBodies.blank(value) || (value instanceof List<?> list && list.isEmpty())) {
            fail(errors, "services", "The services field is required.");
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            fail(errors, "services", "The services field must be an array.");
            return List.of();
        }
        Set<SubmissionService> services = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<SubmissionService> service = items.get(i) instanceof String label
                    ? SubmissionService.of(label.strip()) : Optional.empty();
            if (service.isPresent()) {
                services.add(service.get());
            } else {
                fail(errors, "services." + i, "The selected services." + i + " is invalid.");
            }
        }
        return new ArrayList<>(services);
    }

    private static String speechLanguage(String audioLanguage, Map<String, List<String>> errors) {
        if (audioLanguage == null) {
            return SpeechLanguage.ENGLISH.tag();
        }
        try {
            return SpeechLanguage.of(audioLanguage).tag();
        } catch (UnsupportedLanguageException e) {
            fail(errors, "audio_language", "The audio language field must be a language this server transcribes: "
                    + String.join(", ", SpeechLanguage.supportedTags()) + " (English).");
            return null;
        }
    }

    /** {@code target_language}, else a language named in {@code context} ("into Spanish"), else the default. */
    private String target(String given, String context, List<SubmissionService> services,
                          Map<String, List<String>> errors) {
        if (given != null) {
            try {
                return LanguageCodes.iso3(given);
            } catch (IllegalArgumentException e) {
                return LanguageNames.code(given).orElseGet(() -> {
                    fail(errors, "target_language", "The target language field must be an ISO 639 language code "
                            + "or an English language name (e.g. es, spa, Spanish).");
                    return null;
                });
            }
        }
        if (!services.contains(SubmissionService.TRANSLATE)) {
            return null;
        }
        return LanguageNames.named(context).orElse(LanguageCodes.iso3(settings.defaultTargetLanguage()));
    }

    private static String attribute(String field) {
        return field.replace('_', ' ');
    }

    private static void fail(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    }
}
