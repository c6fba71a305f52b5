package dev.earshot.server.enhance;

import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.system.InternalErrors;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /v1/wss/remove-noise/{jobId}/status}: sends the job's status body each time it changes (state, each
 * new percent, each new jobsAhead) and closes normally after a terminal one. One thread reads the job row of
 * every open socket at {@code earshot.enhance.status-poll-interval}; reading the database means it follows jobs
 * run by any node. All sends happen on that thread, so a session is never written to concurrently.
 */
@Component
class StatusSocket extends TextWebSocketHandler implements DisposableBean {

    static final String JOB_ID = "jobId";
    private final JobQueue queue;
    private final NoiseRemovalStatus status;
    private final JsonMapper json;
    private final InternalErrors errors;
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "enhance-status");
        thread.setDaemon(true);
        return thread;
    });

    StatusSocket(JobQueue queue, NoiseRemovalStatus status, JsonMapper json, InternalErrors errors,
                 EnhanceSettings settings) {
        this.queue = queue;
        this.status = status;
        this.json = json;
        this.errors = errors;
        long interval = settings.statusPollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::pollAll, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Watch watch = new Watch(session, (String) session.getAttributes().get(JOB_ID));
        watches.put(session.getId(), watch);
        ticker.execute(() -> poll(watch));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) {
        watches.remove(session.getId());
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }

    private void pollAll() {
        watches.values().forEach(this::poll);
    }

    private void poll(Watch watch) {
        try {
            if (!watch.session.isOpen()) {
                watches.remove(watch.session.getId());
                return;
            }
            Map<String, Object> body = queue.find(watch.jobId).map(status::of).orElseGet(NoiseRemovalStatus::gone);
            String text = json.writeValueAsString(body);
            if (!text.equals(watch.lastSent)) {
                watch.session.sendMessage(new TextMessage(text));
                watch.lastSent = text;
            }
            if (NoiseRemovalStatus.isTerminal(body)) {
                watches.remove(watch.session.getId());
                watch.session.close(CloseStatus.NORMAL);
            }
        } catch (IOException e) {
            watches.remove(watch.session.getId());
        } catch (RuntimeException e) {
            errors.record(e);
        }
    }

    /** One open socket and the last body it was sent. */
    private static final class Watch {
        private final WebSocketSession session;
        private final String jobId;
        private String lastSent;

        Watch(WebSocketSession session, String jobId) {
            this.session = session;
            this.jobId = jobId;
        }
    }
}
