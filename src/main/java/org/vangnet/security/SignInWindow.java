package org.vangnet.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one account or one client address since {@code windowStart}, and the lock
 * that follows too many of them. Pure rules, so they are tested without a database.
 *
 * <p>A lock is never extended by failures during it: whoever keeps guessing cannot keep the real
 * user out for longer than one lock at a time, and an administrator can lift it at once.
 */
record SignInWindow(int failures, Instant windowStart, Instant lockedUntil) {

    static SignInWindow none(Instant now) {
        return new SignInWindow(0, now, null);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * The window after one more failure at {@code now}: counted in the running window, or as the
     * first of a new one when the window or an earlier lock is over; locked for {@code lock} when
     * the count reaches {@code maxFailures}. Unchanged while locked.
     */
    SignInWindow afterFailure(Instant now, int maxFailures, Duration window, Duration lock) {
        if (lockedAt(now)) {
            return this;
        }
        boolean fresh = lockedUntil != null || !windowStart.plus(window).isAfter(now);
        int count = fresh ? 1 : failures + 1;
        Instant start = fresh ? now : windowStart;
        return new SignInWindow(count, start, count >= maxFailures ? now.plus(lock) : null);
    }

    /** Whether this window is locked at {@code now} and {@code before} was not. */
    boolean lockBeganSince(SignInWindow before, Instant now) {
        return lockedAt(now) && !before.lockedAt(now);
    }

    /** From when on the row says nothing any more: its window and any lock are over. */
    Instant expiresAt(Duration window) {
        Instant windowEnd = windowStart.plus(window);
        return lockedUntil != null && lockedUntil.isAfter(windowEnd) ? lockedUntil : windowEnd;
    }
}
