package dev.earshot.server.submissions;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.TestAudio;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the worker protocol's tests: a real server whose tasks wait for external workers (a lease of 2 s), that
 * mails through a GreenMail SMTP server and takes multipart bodies up to 30 MB. Each test starts with no unfinished
 * task, so a claim takes only what that test submitted.
 */
@TestPropertySource(properties = {"earshot.submissions.workers=external", "earshot.submissions.lease=2s",
        "spring.servlet.multipart.max-request-size=30MB", "earshot.mail.from=earshot@example.com"})
abstract class ExternalWorkersServerTest extends SubmissionsServerTest {

    static final byte[] AUDIO = TestAudio.toneWav(2.0, 16_000, 1, 0);
    static final GreenMail SMTP = startedSmtp();

    @DynamicPropertySource
    static void externalWorkersProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @BeforeEach
    void noUnfinishedTask() {
        jdbc.sql("update sub_tasks set status = 'failed', failure = 'left by an earlier test', lease_holder = null, "
                + "lease_until = null where status in ('pending', 'processing')").update();
    }

    /** The task's row as stored, to compare before and after a request that must change nothing. */
    Map<String, Object> taskRow(long taskId) {
        return jdbc.sql("select status, result, result_id, zip, failure, lease_holder, lease_until, claims, "
                + "finished_at from sub_tasks where id = ?").param(taskId).query().singleRow();
    }

    /** The owner string of the user with that e-mail. */
    String ownerOf(String email) {
        return Credits.ownerOf(users.findByEmail(email).orElseThrow().id());
    }

    /** A key with audio:write and audio:read of a new user named after {@code name}, granted 100 credits. */
    String userKey(String name) {
        return key(uniqueEmail(name), 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
    }

    /** A key of a new worker: tasks:work and no user. */
    String workerKey() {
        return keyWithoutUser(Scopes.WORKER);
    }

    /** An e-mail address no other test uses. */
    static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID() + "@example.com";
    }

    /** The plain-text bodies of the messages GreenMail received for {@code email}. */
    static List<String> mailsTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> sentTo(message, email))
                .map(GreenMailUtil::getBody).toList();
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equals(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startedSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        return smtp;
    }
}
