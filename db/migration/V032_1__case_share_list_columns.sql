-- A counsellor's shared cases found, filtered and sorted on case_share itself (decision 054).
--
-- The case list of a counsellor is two halves: the own cases, walked on an index of case_file in
-- the list's order, and the cases shared with the counsellor. The shared half looked each shared
-- case up in case_file by its id before it could filter and sort them: 380 look-ups for a counsellor
-- with 380 shares, some 1,500 buffer visits and 3-5 ms of a first page that otherwise takes 1 ms.
--
-- Each share now carries the columns the list filters and sorts on, copied from its case: when the
-- share is made, and whenever the case changes one of them. The copy is never read for display
-- (the page's rows are read from case_file by id), only to find which shared cases are on the page.
-- It holds nothing that case_file does not: an erased case takes its shares with it (on delete
-- cascade), and a pseudonymised alias reaches the copy through the same trigger.

alter table case_share
    add column counsellor_id bigint,
    add column team_id bigint,
    add column status varchar(10),
    add column priority integer,
    add column opened_at timestamp with time zone,
    add column last_activity_at timestamp with time zone,
    add column reference varchar(20),
    add column client_alias varchar(60),
    add column harm_mask smallint,
    add column closing_approved_at timestamp with time zone,
    add column pseudonymised_at timestamp with time zone;

update case_share s
set counsellor_id = c.counsellor_id, team_id = c.team_id, status = c.status, priority = c.priority,
    opened_at = c.opened_at, last_activity_at = c.last_activity_at, reference = c.reference,
    client_alias = c.client_alias, harm_mask = c.harm_mask, closing_approved_at = c.closing_approved_at,
    pseudonymised_at = c.pseudonymised_at
from case_file c
where c.id = s.case_id;

alter table case_share
    alter column team_id set not null,
    alter column status set not null,
    alter column priority set not null,
    alter column opened_at set not null,
    alter column last_activity_at set not null,
    alter column reference set not null,
    alter column client_alias set not null,
    alter column harm_mask set not null;

-- A new share takes its case's columns. The case row is read with a share lock: a change to the case
-- committed meanwhile is read (not an older version), and one that comes later waits for this share
-- to be committed, so that its trigger below finds the share and updates it.
create function case_share_from_case() returns trigger
    language plpgsql as
$$
begin
    select c.counsellor_id, c.team_id, c.status, c.priority, c.opened_at, c.last_activity_at, c.reference,
           c.client_alias, c.harm_mask, c.closing_approved_at, c.pseudonymised_at
    into new.counsellor_id, new.team_id, new.status, new.priority, new.opened_at, new.last_activity_at,
         new.reference, new.client_alias, new.harm_mask, new.closing_approved_at, new.pseudonymised_at
    from case_file c
    where c.id = new.case_id
    for share;
    return new;
end
$$;

create trigger case_share_from_case
    before insert or update of case_id on case_share
    for each row execute function case_share_from_case();

-- A change to one of those columns of a case reaches its shares (usually none: one probe of the
-- primary key, which starts with case_id).
create function case_file_to_shares() returns trigger
    language plpgsql as
$$
begin
    update case_share
    set counsellor_id = new.counsellor_id, team_id = new.team_id, status = new.status, priority = new.priority,
        opened_at = new.opened_at, last_activity_at = new.last_activity_at, reference = new.reference,
        client_alias = new.client_alias, harm_mask = new.harm_mask, closing_approved_at = new.closing_approved_at,
        pseudonymised_at = new.pseudonymised_at
    where case_id = new.id;
    return null;
end
$$;

create trigger case_file_to_shares
    after update on case_file
    for each row
    when (old.counsellor_id is distinct from new.counsellor_id or old.team_id is distinct from new.team_id
        or old.status is distinct from new.status or old.priority is distinct from new.priority
        or old.opened_at is distinct from new.opened_at or old.last_activity_at is distinct from new.last_activity_at
        or old.reference is distinct from new.reference or old.client_alias is distinct from new.client_alias
        or old.harm_mask is distinct from new.harm_mask or old.closing_approved_at is distinct from new.closing_approved_at
        or old.pseudonymised_at is distinct from new.pseudonymised_at)
    execute function case_file_to_shares();

-- The shared half of the list in its default order (most urgent, then newest) is one walk of this
-- index; in any other order it sorts the user's shares, a few hundred narrow rows found on the
-- user's index (case_share_user_idx).
create index case_share_list_sort_idx on case_share (user_id, priority, opened_at desc, case_id desc)
    include (counsellor_id, harm_mask);
