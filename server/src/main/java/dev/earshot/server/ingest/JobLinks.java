package dev.earshot.server.ingest;

import dev.earshot.server.system.EarshotProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to a job's result reads: absolute under {@code earshot.public-url} when set, else under the current
 * request's scheme, host and port; outside a request (a webhook) without a public URL, paths from the root.
 */
@Component
class JobLinks {

    private final String publicUrl;

    JobLinks(EarshotProperties properties) {
        String url = properties.publicUrl() == null ? "" : properties.publicUrl().strip();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code <base>/v1/jobs/<jobId>/<part>}. */
    String part(String jobId, AnalysisPart part) {
        return base() + "/v1/jobs/" + jobId + "/" + part.path();
    }

    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        if (RequestContextHolder.getRequestAttributes() == null) {
            return "";
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
