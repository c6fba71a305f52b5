package dev.earshot.server.submissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The plain-text e-mail telling a user that a task of their submission finished, sent over SMTP (the
 * {@code EARSHOT_MAIL_*} settings, mapped onto {@code spring.mail.*}). Without {@code EARSHOT_MAIL_HOST} no mail is
 * sent: one INFO line says so and the task goes on as if it had been delivered. The host is checked here, not left
 * to Spring Boot: {@code spring.mail.host} is always set (empty without the setting), and an empty value still
 * creates the {@link JavaMailSender}, which would then try {@code localhost}.
 */
@Component
class CompletionMail {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionMail.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final String host;
    private final String from;
    private final String publicUrl;

    CompletionMail(ObjectProvider<JavaMailSender> senders, @Value("${spring.mail.host:}") String host,
                   @Value("${earshot.mail.from:earshot@localhost}") String from,
                   @Value("${earshot.public-url:}") String publicUrl) {
        this.senders = senders;
        this.host = host;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    /**
     * Sends the e-mail of a finished task to {@code to}.
     *
     * @return true when the SMTP server accepted it, false when no mail host is configured (skipped, logged once)
     * @throws MailException when the server cannot be reached or refuses the message; the caller retries
     */
    boolean send(String to, String submissionName, long submissionId, long taskId, String taskType,
                 String status) {
        JavaMailSender sender = host.isBlank() ? null : senders.getIfAvailable();
        if (sender == null) {
            LOG.info("Completion e-mail of task {} to {} skipped: no mail server is configured (set "
                    + "EARSHOT_MAIL_HOST)", taskId, to);
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Your submission \"" + submissionName + "\" is " + status);
        message.setText(body(submissionName, submissionId, taskId, taskType, status));
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new MailSendException("cannot send the completion e-mail of task " + taskId + " to " + to
                    + " through the SMTP server " + host + ": " + e.getMessage(), e);
        }
        return true;
    }

    private String body(String submissionName, long submissionId, long taskId, String taskType, String status) {
        String base = publicUrl.isBlank() ? "" : publicUrl.replaceAll("/+$", "");
        return """
                Hello,

                your submission "%s" (id %d) is %s.

                Task %d (%s): %s.

                Fetch the result, with your API key, from:
                GET %s/api/v1/submissions/%d

                -- Earshot
                """.formatted(submissionName, submissionId, status, taskId, taskType, status, base, submissionId);
    }
}
