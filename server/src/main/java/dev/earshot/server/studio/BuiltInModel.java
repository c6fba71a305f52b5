package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.BuiltInArtifactModel;
import dev.earshot.engine.artifacts.FrameGrid;
import java.util.List;

/**
 * The built-in detectors ({@link BuiltInArtifactModel}) offered as a ready model: every tenant sees it first in {@code GET /api/v1/models} and can
 * run inference with it on day one, before training anything. Its id is fixed ({@value #ID}); it needs no training,
 * so it has no training job, dataset or validation metrics of its own.
 */
final class BuiltInModel {

    /** The built-in model's id, the same on every Earshot. */
    static final String ID = "00000000-0000-4000-8000-0000000000b1";
    static final String NAME = "Earshot built-in detectors";
    static final FrameGrid GRID = FrameGrid.DEFAULT;
    /** The built-in detectors' types, in the model's order. */
    static final List<String> TYPES = new BuiltInArtifactModel(GRID).types();

    private BuiltInModel() {
    }
}
