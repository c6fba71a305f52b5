package dev.earshot.server.submissions;

import dev.earshot.engine.error.ComponentUnavailableException;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine plans of a task, on one transcript: the analysis plan (transcript, speakers when asked, paraphrase
 * when asked, the summary always) and, for Translate, a plan that translates each chunk of the transcript.
 */
final class TaskPlans {

    static final String SOURCE = "eng";
    private final ComponentRegistry registry;
    private final PipelineRunner runner;

    TaskPlans(ComponentRegistry registry, PipelineRunner runner) {
        this.registry = registry;
        this.runner = runner;
    }

    PipelineRunner runner() {
        return runner;
    }

    /** {@code transcribe}, then {@code diarize}, {@code paraphrase} and {@code summarize} as the task asks. */
    PipelinePlan analysis(TaskSpec task) {
        List<StepSpec> steps = new ArrayList<>();
        steps.add(new StepSpec("transcribe", Map.of("language", task.speechLanguage())));
        boolean diarized = task.asks(SubmissionService.SPEAKER_DIARIZATION);
        if (diarized) {
            steps.add(new StepSpec("diarize", Map.of("language", task.speechLanguage())));
        }
        if (task.asks(SubmissionService.PARAPHRASE)) {
            steps.add(new StepSpec("paraphrase", Map.of("language", task.speechLanguage())));
        }
        steps.add(new StepSpec("summarize", summaryParams(task, diarized)));
        return plan(steps);
    }

    private static Map<String, Object> summaryParams(TaskSpec task, boolean diarized) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("language", task.speechLanguage());
        params.put("by_speaker", diarized);
        if (task.asks(SubmissionService.SUMMARIZE)) {
            if (task.context() != null && !task.context().isBlank()) {
                params.put("context", task.context());
            }
        } else {
            params.put("method", "extractive");
        }
        return params;
    }

    /** One {@code translate} step per chunk text, from English into the task's target. */
    PipelinePlan translation(List<String> texts, String target) {
        List<StepSpec> steps = texts.stream()
                .map(text -> new StepSpec("translate", Map.<String, Object>of("text", text, "source", SOURCE,
                        "target", target)))
                .toList();
        return plan(steps);
    }

    /**
     * Why this server cannot run the task, per service, or empty when it can: the reason a component gives before
     * a run (an Apertium pair to install, an LLM endpoint to configure).
     */
    Map<SubmissionService, String> unavailable(TaskSpec task) {
        Map<SubmissionService, String> reasons = new LinkedHashMap<>();
        unavailable(() -> analysis(task)).ifPresent(reason -> reasons.put(reasonOwner(task, reason), reason.reason()));
        if (task.asks(SubmissionService.TRANSLATE)) {
            unavailable(() -> translation(List.of("hello"), task.targetLanguage()))
                    .ifPresent(reason -> reasons.put(SubmissionService.TRANSLATE, reason.reason()));
        }
        return reasons;
    }

    /** The native libraries every task needs: decoding, the VAD and the transcriber. */
    Set<NativeCapability> natives(TaskSpec task) {
        Set<NativeCapability> natives = new HashSet<>(analysis(task).natives());
        natives.add(NativeCapability.FFMPEG);
        return natives;
    }

    private static SubmissionService reasonOwner(TaskSpec task, ComponentUnavailableException reason) {
        return switch (reason.componentId()) {
            case "paraphrase" -> SubmissionService.PARAPHRASE;
            case "diarize" -> SubmissionService.SPEAKER_DIARIZATION;
            case "summarize" -> SubmissionService.SUMMARIZE;
            default -> task.services().get(0);
        };
    }

    private static Optional<ComponentUnavailableException> unavailable(PlanSource source) {
        try {
            source.plan();
            return Optional.empty();
        } catch (ComponentUnavailableException e) {
            return Optional.of(e);
        }
    }

    private PipelinePlan plan(List<StepSpec> steps) {
        return PipelinePlan.validate(steps, 1, registry, Math.max(1, steps.size()));
    }

    private interface PlanSource {
        PipelinePlan plan();
    }
}
