package dev.earshot.server.pipeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Marks a bean of the pipeline door; none exists when {@code AUDIO_ENGINE_ENABLED=false}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnProperty(name = "audio-engine.enabled", havingValue = "true", matchIfMissing = true)
@interface OnAudioEngineEnabled {
}
