package dev.earshot.engine.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical component ids the pipeline door accepts, registered or not, with the number of input files
 * each one needs. An id in the catalog without a registered implementation is answered as "not available"
 * rather than "unknown".
 */
public final class ComponentCatalog {

    private static final Map<String, Integer> MINIMUM_FILES = new LinkedHashMap<>();

    static {
        for (String id : new String[] {"noise_reduce", "beg_silence_trimmer", "end_silence_trimmer",
                "slice_audio", "split_audio_channel", "fix_manual_segments", "speech_fluency_check",
                "check_segments", "audio_duration_check", "speech_duration_measurement"}) {
            MINIMUM_FILES.put(id, 1);
        }
        MINIMUM_FILES.put("speech_similarity", 2);
    }

    private ComponentCatalog() {
    }

    /** Every canonical id, in catalog order. */
    public static Set<String> ids() {
        return MINIMUM_FILES.keySet();
    }

    /**
     * Checks the params of a catalog id that has no registered implementation, so that a request is judged
     * the same way whether or not this deployment can run it. Ids whose params the contract leaves open
     * accept only an empty object.
     */
    public static void checkUnregisteredParams(String id, ParamReader params) {
        if ("speech_duration_measurement".equals(id)) {
            params.number("threshold", 0.5, 0, 1);
            params.integer("min_speech_duration_ms", 250, 0, Integer.MAX_VALUE);
            params.integer("min_silence_duration_ms", 100, 0, Integer.MAX_VALUE);
            params.integer("speech_pad_ms", 30, 0, Integer.MAX_VALUE);
        }
        params.rejectUnknownKeys();
    }

    /** How many uploaded files a plan containing {@code id} needs, if {@code id} is canonical. */
    public static Optional<Integer> minimumFiles(String id) {
        return Optional.ofNullable(MINIMUM_FILES.get(id));
    }
}
