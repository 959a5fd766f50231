-- Signed-in sessions (decision 039): each user sees theirs on "My account" and can end the others; an
-- administrator can end all of a user's sessions. Every node looks a session up here on each request
-- of a signed-in user, so a session ended on one node is refused on the node that holds it.
create table user_session (
    id           bigint generated always as identity primary key,
    session_key  varchar(64)  not null,  -- SHA-256 (hex) of the servlet session id: the id itself is a credential
    user_id      bigint       not null references app_user (id) on delete cascade,
    node         varchar(100) not null,  -- the node that holds the session (host:port), for whoever investigates
    browser      varchar(100) not null,  -- a summary ("Firefox 133 · Windows"), never the whole User-Agent
    started_at   timestamptz  not null,
    last_seen_at timestamptz  not null,
    ended_at     timestamptz,
    end_reason   varchar(20),            -- CLOSED (signed out or timed out), BY_USER, BY_ADMINISTRATOR
    constraint user_session_key_unique unique (session_key),
    constraint user_session_end check ((ended_at is null) = (end_reason is null))
);
-- "My account" and the administrator's "end all": a user's sessions still open.
create index user_session_user_open_idx on user_session (user_id, last_seen_at desc) where ended_at is null;
-- The hourly clean-up of rows that can no longer match a live session.
create index user_session_cleanup_idx on user_session (coalesce(ended_at, last_seen_at));
