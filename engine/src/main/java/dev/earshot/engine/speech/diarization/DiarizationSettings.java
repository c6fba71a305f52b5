package dev.earshot.engine.speech.diarization;

import dev.earshot.engine.speech.VadSettings;
import java.util.Objects;

/**
 * How a recording is diarized: how many speakers to look for and how speech is found.
 *
 * <p>The speaker count is a range: {@code minSpeakers == maxSpeakers} asks for exactly that many (clustering
 * merges until the count is reached, whatever the stopping rule says); otherwise the stopping rule picks the
 * count inside the range. A recording with less speech than it takes to tell speakers apart may still come
 * back with fewer speakers than {@code minSpeakers} (none at all when there is no speech).
 *
 * @param minSpeakers fewest speakers to report, {@value #MIN_SPEAKERS} to {@value #MAX_SPEAKERS}
 * @param maxSpeakers most speakers to report, {@code minSpeakers} to {@value #MAX_SPEAKERS}
 * @param vad         how the voice activity detector draws speech regions; not null
 */
public record DiarizationSettings(int minSpeakers, int maxSpeakers, VadSettings vad) {

    /** Lowest speaker count accepted. */
    public static final int MIN_SPEAKERS = 1;

    /** Highest speaker count accepted. */
    public static final int MAX_SPEAKERS = 10;

    /** Any count from 1 to 10, Silero's default VAD settings. */
    public static final DiarizationSettings DEFAULTS =
            new DiarizationSettings(MIN_SPEAKERS, MAX_SPEAKERS, VadSettings.DEFAULTS);

    public DiarizationSettings {
        Objects.requireNonNull(vad, "vad settings");
        check("min_speakers", minSpeakers);
        check("max_speakers", maxSpeakers);
        if (minSpeakers > maxSpeakers) {
            throw new IllegalArgumentException("min_speakers (" + minSpeakers + ") must not exceed max_speakers ("
                    + maxSpeakers + ")");
        }
    }

    /**
     * Settings from the three optional request parameters (null when absent): {@code numSpeakers} fixes the
     * count and may be combined with {@code minSpeakers}/{@code maxSpeakers} only if it lies inside them;
     * otherwise the missing bounds default to 1 and 10.
     *
     * @throws IllegalArgumentException naming the parameter, for a value outside 1..10 or bounds that
     *                                  contradict each other
     */
    public static DiarizationSettings of(Integer numSpeakers, Integer minSpeakers, Integer maxSpeakers,
            VadSettings vad) {
        int min = minSpeakers == null ? MIN_SPEAKERS : check("min_speakers", minSpeakers);
        int max = maxSpeakers == null ? MAX_SPEAKERS : check("max_speakers", maxSpeakers);
        if (numSpeakers == null) {
            return new DiarizationSettings(min, max, vad);
        }
        int exact = check("num_speakers", numSpeakers);
        if (exact < min || exact > max) {
            throw new IllegalArgumentException("num_speakers (" + exact + ") lies outside min_speakers..max_speakers ("
                    + min + ".." + max + ")");
        }
        return new DiarizationSettings(exact, exact, vad);
    }

    /** Exactly {@code speakers} speakers (1 to 10), default VAD settings. */
    public static DiarizationSettings exactly(int speakers) {
        return of(speakers, null, null, VadSettings.DEFAULTS);
    }

    /** True when the count is fixed ({@code minSpeakers == maxSpeakers}). */
    public boolean fixedCount() {
        return minSpeakers == maxSpeakers;
    }

    private static int check(String name, int value) {
        if (value < MIN_SPEAKERS || value > MAX_SPEAKERS) {
            throw new IllegalArgumentException(name + " must be between " + MIN_SPEAKERS + " and " + MAX_SPEAKERS
                    + ", got " + value);
        }
        return value;
    }
}
