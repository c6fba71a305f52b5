package dev.earshot.server.ingest;

import java.util.Map;

/**
 * The checked text fields of an upload.
 *
 * @param language       the BCP-47 tag as sent (default {@code en-US}), echoed back to the user
 * @param speechLanguage the engine's tag for it ({@code en})
 * @param metadata       the caller's key-value pairs, empty when none were sent
 * @param webhookUrl     where to send the completion webhook, or null
 */
record IngestRequest(IngestPipeline pipeline, String language, String speechLanguage, Map<String, Object> metadata,
                     String webhookUrl) {
}
