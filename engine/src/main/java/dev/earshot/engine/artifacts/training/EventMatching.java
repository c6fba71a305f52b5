package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.ArtifactEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The largest one-to-one matching between reference and predicted events of one type, where a pair may match when
 * their onsets differ by at most the collar and their offsets by at most the collar or half the reference's length,
 * whichever is longer (sed_eval's event-based rule): Kuhn's augmenting paths.
 */
final class EventMatching {

    private final List<List<Integer>> candidates = new ArrayList<>();
    private final int[] referenceOf;

    private EventMatching(List<ArtifactEvent> reference, List<ArtifactEvent> predicted, long collarMs) {
        for (ArtifactEvent wanted : reference) {
            List<Integer> near = new ArrayList<>();
            long twiceOffsetCollar = Math.max(2 * collarMs, wanted.durationMs());
            for (int p = 0; p < predicted.size(); p++) {
                ArtifactEvent found = predicted.get(p);
                if (Math.abs(found.startMs() - wanted.startMs()) <= collarMs
                        && 2 * Math.abs(found.endMs() - wanted.endMs()) <= twiceOffsetCollar) {
                    near.add(p);
                }
            }
            candidates.add(near);
        }
        referenceOf = new int[predicted.size()];
        Arrays.fill(referenceOf, -1);
    }

    /** How many reference events are matched to a predicted one. */
    static int matched(List<ArtifactEvent> reference, List<ArtifactEvent> predicted, long collarMs) {
        EventMatching matching = new EventMatching(reference, predicted, collarMs);
        int matched = 0;
        for (int r = 0; r < reference.size(); r++) {
            if (matching.augment(r, new boolean[predicted.size()])) {
                matched++;
            }
        }
        return matched;
    }

    private boolean augment(int reference, boolean[] visited) {
        for (int predicted : candidates.get(reference)) {
            if (visited[predicted]) {
                continue;
            }
            visited[predicted] = true;
            if (referenceOf[predicted] < 0 || augment(referenceOf[predicted], visited)) {
                referenceOf[predicted] = reference;
                return true;
            }
        }
        return false;
    }
}
