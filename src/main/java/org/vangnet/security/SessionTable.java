package org.vangnet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code user_session} table (decision 039): one row per signed-in servlet session, on whichever
 * node it lives, keyed by a hash of its id. Plain JDBC: the filter asks it on every request of a
 * signed-in user, outside any transaction, and one indexed look-up is all it needs.
 */
@Component
class SessionTable {

    /** Why a session ended. */
    enum EndReason { CLOSED, BY_USER, BY_ADMINISTRATOR }

    /** What the filter needs to know about a session. */
    record State(long id, long userId, Instant lastSeen, boolean ended) {
    }

    private final JdbcTemplate jdbc;

    SessionTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key a session is stored under: its id is a bearer credential, so only a hash of it is kept. */
    static String keyOf(String sessionId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Optional<State> find(String key) {
        return jdbc.query("select id, user_id, last_seen_at, ended_at is not null as ended from user_session where session_key = ?",
                (rs, n) -> new State(rs.getLong("id"), rs.getLong("user_id"), rs.getTimestamp("last_seen_at").toInstant(),
                        rs.getBoolean("ended")), key).stream().findFirst();
    }

    /** Records a session the first time it is seen signed in; a second request racing the first changes nothing. */
    void insertIfAbsent(String key, long userId, String node, String browser, Instant now) {
        jdbc.update("""
                insert into user_session (session_key, user_id, node, browser, started_at, last_seen_at)
                values (?, ?, ?, ?, ?, ?) on conflict (session_key) do nothing""",
                key, userId, node, browser, Timestamp.from(now), Timestamp.from(now));
    }

    void touch(long id, Instant now) {
        jdbc.update("update user_session set last_seen_at = ? where id = ? and last_seen_at < ?",
                Timestamp.from(now), id, Timestamp.from(now));
    }

    /** The servlet container gave the session a new id (after signing in): the row follows it. */
    void rekey(String oldKey, String newKey) {
        jdbc.update("update user_session set session_key = ? where session_key = ?", newKey, oldKey);
    }

    /** Signed out or timed out: the container has let go of it. An earlier end (by whom) stays as it was. */
    void closed(String key, Instant now) {
        jdbc.update("update user_session set ended_at = ?, end_reason = ? where session_key = ? and ended_at is null",
                Timestamp.from(now), EndReason.CLOSED.name(), key);
    }

    /**
     * Ends the user's open sessions, all of them or only {@code onlyId}, except the one under
     * {@code keepKey} (the session asking, if any). Returns how many ended.
     */
    int end(long userId, Long onlyId, String keepKey, EndReason reason, Instant now) {
        return jdbc.update("""
                update user_session set ended_at = ?, end_reason = ?
                 where user_id = ? and ended_at is null and (?::bigint is null or id = ?) and session_key <> ?""",
                Timestamp.from(now), reason.name(), userId, onlyId, onlyId, keepKey == null ? "" : keepKey);
    }

    /** The user's sessions not ended and seen since {@code seenSince}, last seen first, at most {@code limit}. */
    List<UserSession> open(long userId, Instant seenSince, String currentKey, int limit) {
        return jdbc.query("""
                select id, session_key, browser, node, started_at, last_seen_at from user_session
                 where user_id = ? and ended_at is null and last_seen_at >= ?
                 order by last_seen_at desc, id desc limit ?""",
                (rs, n) -> new UserSession(rs.getLong("id"), rs.getString("browser"), rs.getString("node"),
                        rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("last_seen_at").toInstant(),
                        rs.getString("session_key").equals(currentKey)),
                userId, Timestamp.from(seenSince), limit);
    }

    /** Forgets rows that ended, or went unseen, before {@code before}: no live session can still match them. */
    int deleteOlderThan(Instant before) {
        return jdbc.update("delete from user_session where coalesce(ended_at, last_seen_at) < ?", Timestamp.from(before));
    }
}
