package dev.earshot.engine.intel.component;

import dev.earshot.engine.language.llm.LlmSettings;
import dev.earshot.engine.language.translate.Apertium;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Tool sets for the component tests: what this machine has, nothing at all, or an LLM stand-in at a URL. */
final class TestIntelTools {

    static final byte[] SALT = "a test salt of 32 bytes, not kept".getBytes();

    private TestIntelTools() {
    }

    /** Apertium as installed here, no LLM. */
    static IntelTools installed() {
        return new IntelTools(Optional.empty(), Apertium.detect(), Duration.ofSeconds(60), SALT);
    }

    /** Neither Apertium nor an LLM. */
    static IntelTools none() {
        return new IntelTools(Optional.empty(), Apertium.at(Path.of("/nonexistent/apertium")), Duration.ofSeconds(60),
                SALT);
    }

    /** The LLM at {@code baseUrl}, no Apertium. */
    static IntelTools llm(URI baseUrl) {
        return new IntelTools(Optional.of(new LlmSettings(baseUrl, "stand-in-model", null, Duration.ofSeconds(10))),
                Apertium.at(Path.of("/nonexistent/apertium")), Duration.ofSeconds(60), SALT);
    }
}
