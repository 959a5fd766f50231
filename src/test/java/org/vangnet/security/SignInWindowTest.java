package org.vangnet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The counting rules of sign-in throttling, without a database. */
class SignInWindowTest {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theFifthFailureWithinTheWindowLocksForFifteenMinutes() {
        var window = SignInWindow.none(T0);
        for (int i = 0; i < 4; i++) {
            window = window.afterFailure(T0.plusSeconds(60L * i), 5, WINDOW, LOCK);
            assertThat(window.lockedAt(T0.plusSeconds(60L * i))).isFalse();
        }
        var before = window;
        window = window.afterFailure(T0.plusSeconds(300), 5, WINDOW, LOCK);

        assertThat(window.failures()).isEqualTo(5);
        assertThat(window.lockedUntil()).isEqualTo(T0.plusSeconds(300).plus(LOCK));
        assertThat(window.lockBeganSince(before, T0.plusSeconds(300))).isTrue();
        assertThat(window.lockedAt(T0.plusSeconds(300).plus(LOCK))).isFalse();
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        var window = SignInWindow.none(T0);
        for (int i = 0; i < 4; i++) {
            window = window.afterFailure(T0, 5, WINDOW, LOCK);
        }
        window = window.afterFailure(T0.plus(WINDOW), 5, WINDOW, LOCK);

        assertThat(window.failures()).isEqualTo(1);
        assertThat(window.windowStart()).isEqualTo(T0.plus(WINDOW));
        assertThat(window.lockedUntil()).isNull();
    }

    @Test
    void failuresDuringALockNeitherCountNorExtendIt() {
        var window = new SignInWindow(5, T0, T0.plus(LOCK));

        var after = window.afterFailure(T0.plus(Duration.ofMinutes(14)), 5, WINDOW, LOCK);

        assertThat(after).isEqualTo(window);
        assertThat(after.lockBeganSince(window, T0.plus(Duration.ofMinutes(14)))).isFalse();
    }

    @Test
    void theFirstFailureAfterALockStartsAfresh() {
        var window = new SignInWindow(5, T0, T0.plus(LOCK));

        var after = window.afterFailure(T0.plus(LOCK), 5, WINDOW, LOCK);

        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.lockedUntil()).isNull();
    }

    @Test
    void aRowExpiresWhenBothItsWindowAndItsLockAreOver() {
        assertThat(new SignInWindow(2, T0, null).expiresAt(WINDOW)).isEqualTo(T0.plus(WINDOW));
        var longLock = new SignInWindow(5, T0, T0.plus(Duration.ofHours(1)));
        assertThat(longLock.expiresAt(WINDOW)).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void anIpv6AddressCountsByItsSlash64AndAMappedIpv4AddressAsIpv4() {
        assertThat(SignInThrottle.addressKey("2001:db8:aa:bb:1:2:3:4"))
                .isEqualTo(SignInThrottle.addressKey("2001:0db8:00aa:00bb:ffff::9"))
                .isEqualTo("2001:db8:aa:bb::/64");
        assertThat(SignInThrottle.addressKey("[2001:db8::1%eth0]")).isEqualTo("2001:db8:0:0::/64");
        assertThat(SignInThrottle.addressKey("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(SignInThrottle.addressKey("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(SignInThrottle.addressKey(" ")).isNull();
    }
}
