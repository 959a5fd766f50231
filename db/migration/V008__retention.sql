-- Retention: how long a closed case keeps its personal data, the mark of a pseudonymised case, and
-- the one narrow exception to the timeline's append-only rule that pseudonymisation needs.
-- The decisions per table and column are in docs/decisions/009-retention-and-erasure.md.

-- One row: the settings administrators keep. @Version guards concurrent edits.
create table retention_setting (
    id                  bigint generated always as identity primary key,
    version             bigint       not null default 0,
    -- Months after closing after which a case is pseudonymised (the domain keeps it between 6 and 120).
    closed_case_months  integer      not null check (closed_case_months between 1 and 600),
    updated_at          timestamptz  not null,
    updated_by          varchar(50)  not null,
    constraint retention_setting_single_row check (id = 1)
);
insert into retention_setting (closed_case_months, updated_at, updated_by) values (24, now(), '(system)');

-- A pseudonymised case: when, and why (the retention period ran out, or an erasure on request).
alter table case_file
    add column pseudonymised_at         timestamptz,
    add column pseudonymisation_reason  varchar(20)
        check (pseudonymisation_reason in ('RETENTION_EXPIRED', 'CLIENT_REQUEST', 'RECORDED_IN_ERROR',
                                           'LEGAL_OBLIGATION')),
    add constraint case_pseudonymisation_reason check ((pseudonymised_at is null) = (pseudonymisation_reason is null)),
    -- Only a closed case is pseudonymised, and it can never be reopened.
    add constraint case_pseudonymised_closed check (pseudonymised_at is null or status = 'CLOSED');

-- The daily job looks for closed cases not yet pseudonymised, oldest closing first.
create index case_retention_due_idx on case_file (closed_at) where status = 'CLOSED' and pseudonymised_at is null;

-- An extorter's identifier kept on a pseudonymised case because a live case shares it (so the
-- recurrence still counts there); removed as soon as no live case shares it any more.
alter table extorter_identifier add column retained_since timestamptz;
create index extorter_identifier_retained_idx on extorter_identifier (kind, normalised_value)
    where retained_since is not null;

-- The timeline stays append-only, with one exception: pseudonymisation may replace the text of a
-- note with the fixed placeholder, and nothing else, and only
--   * within a transaction that declared it with  set_config('vangnet.purge', 'on', true)  (local
--     to that transaction, gone at commit or roll-back),
--   * for an entry that has a text,
--   * of a case already marked pseudonymised (in the same transaction, before the update).
-- Every other column must stay exactly as it was. Everything else is refused as before.
create or replace function case_timeline_is_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE'
            and coalesce(current_setting('vangnet.purge', true), '') = 'on'
            and old.body is not null
            and new.body = '[pseudonymised]'
            and (new.id, new.case_id, new.occurred_at, new.actor, new.entry_type, new.message_key, new.arguments,
                 new.corrects_id)
                is not distinct from
                (old.id, old.case_id, old.occurred_at, old.actor, old.entry_type, old.message_key, old.arguments,
                 old.corrects_id)
            and exists (select 1 from case_file c where c.id = old.case_id and c.pseudonymised_at is not null) then
        return new;
    end if;
    raise exception 'case_timeline_entry is append-only: corrections are new entries'
        using errcode = 'insufficient_privilege';
end;
$$;
