package dev.earshot.server.jobs;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.earshot.server.system.InternalErrors;
import org.springframework.stereotype.Component;

/**
 * Logs each failed db-scheduler execution once. A job logs its own failure before it asks for a retry
 * ({@link JobExecutor.RetryLater}): as an internal error, or as one warning line for a {@link RemoteFailureException}.
 * Anything else that escapes an execution (of a job, a webhook, a sweep) is an internal error. db-scheduler's own
 * failure log is therefore turned down to debug (application.properties), or every retry would be logged again, with
 * a stack trace.
 */
@Component
class ExecutionFailures implements ExecutionInterceptor {

    private final InternalErrors errors;

    ExecutionFailures(InternalErrors errors) {
        this.errors = errors;
    }

    @Override
    public CompletionHandler<?> execute(TaskInstance<?> instance, ExecutionContext context, ExecutionChain chain) {
        try {
            return chain.proceed(instance, context);
        } catch (JobExecutor.RetryLater e) {
            throw e;
        } catch (RuntimeException | Error e) {
            errors.record(e);
            throw e;
        }
    }
}
