package dev.earshot.server.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The completion e-mail against a real SMTP server (GreenMail), without one, and against one that refuses. */
@ExtendWith(OutputCaptureExtension.class)
class CompletionMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer", "secret"));

    @Test
    void sendsOnePlainTextMessageNamingTheSubmissionToTheUser() throws Exception {
        CompletionMail mail = mail(sender(SMTP.getSmtp().getPort(), "mailer", "secret"), "https://earshot.example/");

        assertThat(mail.send("ann@example.com", "Q3 earnings call", 73, 104, "Transcribe&Translate", "done"))
                .isTrue();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Your submission \"Q3 earnings call\" is done");
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("ann@example.com");
        assertThat(received[0].getFrom()).extracting(Object::toString).containsExactly("earshot@localhost");
        assertThat(received[0].getContentType()).startsWith("text/plain");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Q3 earnings call").contains("Task 104")
                .contains("Transcribe&Translate").contains("GET https://earshot.example/api/v1/submissions/73");
    }

    @Test
    void withoutAMailHostTheMailIsSkippedWithOneLogLine(CapturedOutput output) {
        CompletionMail mail = new CompletionMail(new StaticListableBeanFactory()
                .getBeanProvider(JavaMailSender.class), "", "earshot@localhost", "");

        assertThat(mail.send("ann@example.com", "Q3 earnings call", 73, 104, "Transcribe", "done")).isFalse();

        assertThat(output.getOut().lines().filter(line -> line.contains("skipped"))).singleElement()
                .asString().contains("INFO").contains("task 104").contains("EARSHOT_MAIL_HOST");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatRefusesTheLoginThrows() {
        CompletionMail mail = mail(sender(SMTP.getSmtp().getPort(), "mailer", "wrong"), "");

        assertThatThrownBy(() -> mail.send("ann@example.com", "Q3", 73, 104, "Transcribe", "done"))
                .isInstanceOf(MailException.class).hasMessageContaining("task 104");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatIsNotThereThrows() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CompletionMail mail = mail(sender(closed, null, null), "");

        assertThatThrownBy(() -> mail.send("ann@example.com", "Q3", 73, 104, "Transcribe", "done"))
                .isInstanceOf(MailException.class).hasMessageContaining("cannot send the completion e-mail");
    }

    private static CompletionMail mail(JavaMailSender sender, String publicUrl) {
        return new CompletionMail(new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class), "127.0.0.1", "earshot@localhost", publicUrl);
    }

    private static JavaMailSender sender(int port, String username, String password) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setUsername(username);
        sender.setPassword(password);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }
}
