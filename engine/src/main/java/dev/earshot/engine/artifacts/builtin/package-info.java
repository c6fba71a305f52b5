/**
 * The built-in artifact detectors: one small stateless class per artifact type, each scoring one frame at a time
 * from a {@link dev.earshot.engine.artifacts.builtin.FrameAnalysis} (the frame's samples, its short windows and
 * spectra, and the levels of the whole file). {@code ArtifactFeatureExtractor} runs them over a file;
 * {@code BuiltInArtifactModel} offers them as a ready model.
 */
package dev.earshot.engine.artifacts.builtin;
