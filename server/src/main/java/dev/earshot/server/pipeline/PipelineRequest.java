package dev.earshot.server.pipeline;

import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.Project;
import java.util.List;

/**
 * A checked pipeline request, ready to run.
 *
 * @param components the components field as sent, kept with the task
 */
record PipelineRequest(ApiCaller caller, Project project, String userEmail, String provider, PipelinePlan plan,
                       String components, List<String> fileNames) {
}
