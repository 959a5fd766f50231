-- Sign-in throttling, the case access log's index and follow-ups dismissed with their case.
--
-- Sign-in throttling (security module, see docs/decisions/010-sign-in-throttling.md): failed
-- sign-ins per account and per client address within a window, and the lock that follows too
-- many. In the database, not in memory, so every node of a cluster refuses the same guesses.

create table sign_in_throttle (
    -- ACCOUNT: subject is the account's id; ADDRESS: the client address (IPv6: its /64 network).
    subject_kind  varchar(10)  not null check (subject_kind in ('ACCOUNT', 'ADDRESS')),
    subject       varchar(64)  not null,
    failures      integer      not null check (failures >= 0),
    window_start  timestamptz  not null,
    locked_until  timestamptz,
    -- When the row no longer matters (window over, lock over): rows past it are purged.
    expires_at    timestamptz  not null,
    primary key (subject_kind, subject)
);
create index sign_in_throttle_expires_idx on sign_in_throttle (expires_at);
create index sign_in_throttle_locked_idx on sign_in_throttle (subject_kind, locked_until desc)
    where locked_until is not null;

-- A case's access log (audit module, see docs/decisions/012-case-access-log.md) finds the lines
-- about the case's objects by type and id (audit_event_object_idx, V002) and the lines that name
-- the case in their detail ("case:42", "case:42,rule:...") by this prefix index.
create index audit_event_case_detail_idx on audit_event (detail varchar_pattern_ops, occurred_at desc)
    where detail like 'case:%';

-- Follow-ups still open when their case closes are dismissed with it (followups module, 008):
-- marked, so the list can say why without a reason typed in one language.
alter table follow_up add column dismissed_with_case boolean not null default false;
