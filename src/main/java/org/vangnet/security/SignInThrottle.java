package org.vangnet.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.domain.Paging;

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL, so that all nodes of a
 * cluster agree, and says whether either is locked. Each count takes a row lock: two nodes
 * counting the same account at once cannot both miss the limit. Time comes from the injected clock.
 *
 * <p>Unknown usernames are not counted per name: what was typed may be a password typed into the
 * wrong field (see 002), and locking a name that does not exist protects nobody. They count
 * towards the client address.
 */
@Component
class SignInThrottle {

    enum Subject { ACCOUNT, ADDRESS }

    private static final int MAX_SUBJECT = 64;

    private final JdbcTemplate jdbc;
    private final SignInThrottleProperties settings;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, SignInThrottleProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isAccountLocked(Long accountId) {
        return accountId != null && isLocked(Subject.ACCOUNT, accountId.toString());
    }

    @Transactional(readOnly = true)
    boolean isAddressLocked(String address) {
        String key = addressKey(address);
        return key != null && isLocked(Subject.ADDRESS, key);
    }

    /**
     * Counts one failed sign-in for the account (if the typed name is an account) and for the
     * client address. Returns the locks that began with this failure.
     */
    @Transactional
    List<Subject> recordFailure(Long accountId, String address) {
        Instant now = clock.instant();
        jdbc.update("delete from sign_in_throttle where expires_at <= ?", Timestamp.from(now));
        List<Subject> began = new ArrayList<>();
        if (accountId != null && settings.maxFailuresPerAccount() > 0
                && count(Subject.ACCOUNT, accountId.toString(), settings.maxFailuresPerAccount(), now)) {
            began.add(Subject.ACCOUNT);
        }
        String key = addressKey(address);
        if (key != null && settings.maxFailuresPerAddress() > 0
                && count(Subject.ADDRESS, key, settings.maxFailuresPerAddress(), now)) {
            began.add(Subject.ADDRESS);
        }
        return began;
    }

    /** A successful sign-in forgets the account's failures; the address keeps its count. */
    @Transactional
    void recordSuccess(Long accountId) {
        jdbc.update("delete from sign_in_throttle where subject_kind = ? and subject = ?",
                Subject.ACCOUNT.name(), accountId.toString());
    }

    /** Until when each of these accounts is locked; accounts without a running lock are left out. */
    @Transactional(readOnly = true)
    Map<Long, Instant> accountLocks(Collection<Long> accountIds) {
        Map<Long, Instant> locks = new HashMap<>();
        if (accountIds.isEmpty()) {
            return locks;
        }
        jdbc.query("""
                        select subject, locked_until from sign_in_throttle
                        where subject_kind = 'ACCOUNT' and subject = any(?) and locked_until > ?""",
                (RowCallbackHandler) rs -> locks.put(Long.valueOf(rs.getString("subject")),
                        rs.getTimestamp("locked_until").toInstant()),
                accountIds.stream().map(String::valueOf).toArray(String[]::new), Timestamp.from(clock.instant()));
        return locks;
    }

    /** Client addresses locked now, the latest lock first. */
    @Transactional(readOnly = true)
    Slice<AddressLock> addressLocks(Pageable requested) {
        Pageable pageable = Paging.capped(requested);
        List<AddressLock> rows = jdbc.query("""
                        select subject, locked_until from sign_in_throttle
                        where subject_kind = 'ADDRESS' and locked_until > ?
                        order by locked_until desc, subject limit ? offset ?""",
                (rs, n) -> new AddressLock(rs.getString("subject"), rs.getTimestamp("locked_until").toInstant()),
                Timestamp.from(clock.instant()), pageable.getPageSize() + 1, pageable.getOffset());
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }

    /** Forgets the account's failures and lock. Returns whether it was locked. */
    @Transactional
    boolean liftAccount(Long accountId) {
        boolean locked = isAccountLocked(accountId);
        recordSuccess(accountId);
        return locked;
    }

    /** Forgets the address's failures and lock. Returns whether it was locked. */
    @Transactional
    boolean liftAddress(String address) {
        String key = addressKey(address);
        if (key == null) {
            return false;
        }
        boolean locked = isLocked(Subject.ADDRESS, key);
        jdbc.update("delete from sign_in_throttle where subject_kind = ? and subject = ?", Subject.ADDRESS.name(), key);
        return locked;
    }

    private boolean isLocked(Subject kind, String subject) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                        select exists (select 1 from sign_in_throttle
                                       where subject_kind = ? and subject = ? and locked_until > ?)""",
                Boolean.class, kind.name(), subject, Timestamp.from(clock.instant())));
    }

    /**
     * One more failure for the subject. The upsert locks the row (and keeps a concurrent purge off
     * it) and returns its state; the rules of {@link SignInWindow} give the next one.
     */
    private boolean count(Subject kind, String subject, int maxFailures, Instant now) {
        Timestamp nowTs = Timestamp.from(now);
        SignInWindow before = jdbc.queryForObject("""
                        insert into sign_in_throttle as t (subject_kind, subject, failures, window_start, locked_until,
                                                           expires_at)
                        values (?, ?, 0, ?, null, ?)
                        on conflict (subject_kind, subject)
                            do update set expires_at = greatest(t.expires_at, excluded.expires_at)
                        returning failures, window_start, locked_until""",
                SignInThrottle::window, kind.name(), subject, nowTs, Timestamp.from(now.plus(settings.window())));
        SignInWindow after = before.afterFailure(now, maxFailures, settings.window(), settings.lockDuration());
        jdbc.update("""
                        update sign_in_throttle set failures = ?, window_start = ?, locked_until = ?, expires_at = ?
                        where subject_kind = ? and subject = ?""",
                after.failures(), Timestamp.from(after.windowStart()),
                after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil()),
                Timestamp.from(after.expiresAt(settings.window())), kind.name(), subject);
        return after.lockBeganSince(before, now);
    }

    private static SignInWindow window(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new SignInWindow(rs.getInt("failures"), rs.getTimestamp("window_start").toInstant(),
                locked == null ? null : locked.toInstant());
    }

    /** The client address Spring Security recorded for a sign-in attempt, or {@code null}. */
    static String addressOf(Authentication attempt) {
        return attempt != null && attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    /**
     * What an address is counted under: an IPv4 address as it is, an IPv6 address by its /64
     * network (one subscriber usually holds a whole /64, and would otherwise get a fresh count per
     * address), an IPv4-mapped IPv6 address as the IPv4 address.
     */
    static String addressKey(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return null;
        }
        String address = remoteAddress.strip().toLowerCase(Locale.ROOT);
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        // Only literals are parsed: a colon makes InetAddress read an IPv6 literal, never look a name up.
        if (address.indexOf(':') >= 0 && address.matches("[0-9a-f:.]+")) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 4) {
                    return InetAddress.getByAddress(bytes).getHostAddress();
                }
                return "%x:%x:%x:%x::/64".formatted(
                        ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff), ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff),
                        ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff), ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff));
            } catch (UnknownHostException e) {
                // Not an address after all: counted as typed, below.
            }
        }
        return address.length() > MAX_SUBJECT ? address.substring(0, MAX_SUBJECT) : address;
    }
}
