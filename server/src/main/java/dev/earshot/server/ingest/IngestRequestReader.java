package dev.earshot.server.ingest;

import dev.earshot.engine.speech.SpeechLanguage;
import dev.earshot.engine.speech.UnsupportedLanguageException;
import dev.earshot.server.outbound.OutboundUrlPolicy;
import dev.earshot.server.outbound.RefusedUrlException;
import java.nio.charset.StandardCharsets;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads and checks the text fields of an upload; every problem is a 400 {@code invalid_parameter}. */
@Component
class IngestRequestReader {

    static final String DEFAULT_LANGUAGE = "en-US";
    private static final int MAX_URL_LENGTH = 2048;

    private final JsonMapper json;
    private final OutboundUrlPolicy urlPolicy;
    private final IngestSettings settings;

    IngestRequestReader(JsonMapper json, OutboundUrlPolicy urlPolicy, IngestSettings settings) {
        this.json = json;
        this.urlPolicy = urlPolicy;
        this.settings = settings;
    }

    IngestRequest read(MultipartHttpServletRequest form) {
        IngestPipeline pipeline = pipeline(single(form, "pipeline"));
        String language = single(form, "language");
        String tag = language == null ? DEFAULT_LANGUAGE : language.strip();
        return new IngestRequest(pipeline, tag, speechLanguage(tag), metadata(single(form, "metadata")),
                webhookUrl(single(form, "webhook_url")));
    }

    private static IngestPipeline pipeline(String value) {
        if (value == null) {
            return IngestPipeline.DEFAULT;
        }
        return IngestPipeline.of(value.strip()).orElseThrow(() -> IngestException.invalidParameter(
                "pipeline '" + value + "' is not known; use one of: " + IngestPipeline.allowedValues()));
    }

    private static String speechLanguage(String tag) {
        if (tag.isEmpty()) {
            throw IngestException.invalidParameter("language must not be empty; leave it out for the default "
                    + DEFAULT_LANGUAGE);
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            throw IngestException.invalidParameter("language '" + tag + "' is not a valid BCP-47 tag (e.g. en-US)");
        }
        try {
            return SpeechLanguage.of(tag).tag();
        } catch (UnsupportedLanguageException e) {
            throw IngestException.invalidParameter(e.getMessage());
        }
    }

    private Map<String, Object> metadata(String value) {
        if (value == null) {
            return Map.of();
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > settings.maxMetadataBytes()) {
            throw IngestException.invalidParameter("metadata is longer than " + settings.maxMetadataBytes()
                    + " bytes (earshot.ingest.max-metadata-bytes)");
        }
        Object parsed;
        try {
            parsed = json.readValue(value, Object.class);
        } catch (JacksonException e) {
            throw IngestException.invalidParameter("metadata is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(parsed instanceof Map<?, ?> object)) {
            throw IngestException.invalidParameter("metadata must be a JSON object of key-value pairs, e.g. "
                    + "{\"agent_id\": \"AGT-42\"}");
        }
        Map<String, Object> pairs = new LinkedHashMap<>();
        object.forEach((key, item) -> pairs.put(String.valueOf(key), item));
        return pairs;
    }

    private String webhookUrl(String value) {
        if (value == null) {
            return null;
        }
        String url = value.strip();
        if (url.isEmpty() || url.length() > MAX_URL_LENGTH) {
            throw IngestException.invalidParameter("webhook_url must be an https URL of at most " + MAX_URL_LENGTH
                    + " characters");
        }
        try {
            return urlPolicy.check(url).toString();
        } catch (RefusedUrlException e) {
            throw IngestException.invalidParameter("webhook_url is not allowed: " + e.getMessage());
        }
    }

    /** The field's value, null when absent; sent twice is a 400. */
    private static String single(MultipartHttpServletRequest form, String name) {
        String[] values = form.getParameterValues(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw IngestException.invalidParameter(name + " was sent " + values.length + " times; send it once");
        }
        return values[0];
    }
}
