/**
 * Signal-processing building blocks shared by the components: block-wise mono reading, STFT framing,
 * overlap-add resynthesis, short-frame levels and decibel conversions. Everything here streams: memory
 * depends on block and frame sizes, never on the length of the audio.
 */
package dev.earshot.engine.dsp;
