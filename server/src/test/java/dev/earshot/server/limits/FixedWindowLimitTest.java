package dev.earshot.server.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.server.limits.FixedWindowLimit.Attempt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Laravel's fixed window: it opens at the first request, refused requests do not count, and it is per subject. */
class FixedWindowLimitTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00.700Z");
    private final MovableClock clock = new MovableClock(START);
    private final FixedWindowLimit limit = new FixedWindowLimit(3, 60, clock);

    @Test
    void theWindowOpensAtTheFirstRequestAndCountsDown() {
        assertThat(limit.hit("ann")).isEqualTo(new Attempt(true, 3, 2, START.minusMillis(700), 0));
        clock.advance(Duration.ofSeconds(10));
        assertThat(limit.hit("ann").remaining()).isEqualTo(1);
        assertThat(limit.hit("ann").remaining()).isZero();

        Attempt refused = limit.hit("ann");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).as("the window opened at 10:00:00, it is 10:00:10.7").isEqualTo(50);
        assertThat(refused.retryAt()).isEqualTo(Instant.parse("2026-12-03T10:01:00Z"));
    }

    @Test
    void refusedRequestsDoNotCountAndTheNextWindowOpensAtTheFirstRequestAfterTheLastClosed() {
        for (int i = 0; i < 3; i++) {
            limit.hit("ann");
        }
        for (int i = 0; i < 5; i++) {
            assertThat(limit.hit("ann").allowed()).isFalse();
        }
        clock.advance(Duration.ofSeconds(59));
        assertThat(limit.hit("ann").allowed()).as("10:00:59.7, the first window still runs").isFalse();
        clock.advance(Duration.ofSeconds(45));

        Attempt reopened = limit.hit("ann");
        clock.advance(Duration.ofSeconds(59));
        limit.hit("ann");
        limit.hit("ann");
        Attempt fourth = limit.hit("ann");

        assertThat(reopened.allowed()).isTrue();
        assertThat(reopened.remaining()).isEqualTo(2);
        assertThat(fourth.allowed()).as("the second window opened at 10:01:44, not at 10:01:00").isFalse();
        assertThat(fourth.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void subjectsAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limit.hit("ann");
        }

        assertThat(limit.hit("bob").remaining()).isEqualTo(2);
        assertThat(limit.hit("ann").allowed()).isFalse();
    }

    @Test
    void aLimitAllowsAtLeastOneRequestInAtLeastOneSecond() {
        assertThatThrownBy(() -> new FixedWindowLimit(0, 60, clock)).hasMessageContaining("at least 1 request");
        assertThatThrownBy(() -> new FixedWindowLimit(60, 0, clock)).hasMessageContaining("at least 1 second");
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
