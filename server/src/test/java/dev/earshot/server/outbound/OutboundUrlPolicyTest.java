package dev.earshot.server.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutboundUrlPolicyTest {

    private final OutboundUrlPolicy strict = policy(false, List.of());

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/x", "https://localhost/x", "https://10.1.2.3/", "https://172.16.0.1/",
            "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data/", "https://[::1]/",
            "https://[fd00:ec2::254]/", "https://[fe80::1]/", "https://[::ffff:127.0.0.1]/", "https://0.0.0.0/",
            "https://100.64.0.1/", "https://[::ffff:a9fe:a9fe]/", "https://2130706433/"})
    void privateLoopbackLinkLocalAndMetadataAddressesAreRefused(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(RefusedUrlException.class)
                .hasMessageContaining("EARSHOT_OUTBOUND_ALLOWED_HOSTS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/", "ftp://93.184.216.34/", "file:///etc/passwd", "/relative",
            "https://user:pass@93.184.216.34/", "not a url", "gopher://93.184.216.34/"})
    void otherSchemesCredentialsAndMalformedUrlsAreRefused(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(RefusedUrlException.class);
    }

    @Test
    void aPlainHttpUrlIsRefusedNamingTheSettingThatAllowsItAndOtherSchemesAreNot() {
        assertThatThrownBy(() -> strict.check("http://93.184.216.34/hook")).isInstanceOf(RefusedUrlException.class)
                .hasMessage("only https URLs are allowed, got http://; set EARSHOT_OUTBOUND_ALLOW_HTTP=true to allow "
                        + "plain http");
        assertThatThrownBy(() -> policy(true, List.of()).check("ftp://93.184.216.34/a"))
                .hasMessage("only https URLs are allowed, got ftp://");
    }

    @Test
    void httpsToAPublicAddressPasses() {
        assertThat(strict.check("https://93.184.216.34/audio.mp3?sig=abc").getHost()).isEqualTo("93.184.216.34");
        assertThat(strict.check("https://[2606:4700::1111]/a").getPort()).isEqualTo(-1);
    }

    @Test
    void configuredHostsAndRangesPassEvenWhenPrivateAndHttpOnlyWhenEnabled() {
        OutboundUrlPolicy open = policy(true, List.of("localhost", "10.20.0.0/16"));

        assertThat(open.check("http://localhost:8080/hook")).isNotNull();
        assertThat(open.check("https://10.20.3.4/in.wav")).isNotNull();
        assertThatThrownBy(() -> open.check("https://10.21.0.1/")).isInstanceOf(RefusedUrlException.class);
        assertThatThrownBy(() -> open.check("http://127.0.0.2/")).isInstanceOf(RefusedUrlException.class);
    }

    @Test
    void aHostThatDoesNotResolveIsRefusedAsUnresolvableSoRetryingCallersCanTellItApart() {
        assertThatThrownBy(() -> strict.check("https://no-such-host.invalid/hook"))
                .isInstanceOf(UnresolvableHostException.class).isInstanceOf(RefusedUrlException.class)
                .hasMessage("the host no-such-host.invalid could not be resolved");
    }

    private static OutboundUrlPolicy policy(boolean allowHttp, List<String> hosts) {
        return new OutboundUrlPolicy(new OutboundSettings(allowHttp, hosts, Duration.ofSeconds(1),
                Duration.ofSeconds(5), 3));
    }
}
