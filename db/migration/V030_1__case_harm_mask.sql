-- The kinds of harm of a case as bits on the case itself (decision 045).
--
-- The case list filtered on one kind of harm walked its sort index and looked the kind up in
-- case_harm for every case it passed until a page was full: for a kind one case in twenty has,
-- a thousand look-ups for a counsellor's first page. With the kinds as bits in case_file, and the
-- bits in every index the list walks (INCLUDE), the filter is checked on the index entry itself,
-- and the list shows the kinds without a look-up per row.
--
-- case_harm stays the record (reporting, the statistics triggers, the case file read it); the
-- entity writes the mask with its harms, and a trigger keeps the mask right for any other writer.

create function harm_bit(kind varchar) returns smallint
    language sql immutable parallel safe as
$$
select case kind
           when 'LEAKED_IMAGES' then 1
           when 'SEXTORTION' then 2
           when 'SEXTING_WORRY' then 4
           when 'DEEPFAKE' then 8
           when 'HACKED_ACCOUNT' then 16
       end::smallint
$$;

alter table case_file add column harm_mask smallint not null default 0;

-- The list's indexes are rebuilt with the mask below; dropping them first spares the fill its work.
drop index case_counsellor_default_sort_idx;
drop index case_counsellor_opened_sort_idx;
drop index case_counsellor_activity_idx;
drop index case_counsellor_alias_idx;
drop index case_counsellor_priority_idx;
drop index case_counsellor_priority_desc_idx;
drop index case_counsellor_reference_idx;
drop index case_counsellor_status_sort_idx;
drop index case_counsellor_status_desc_idx;
drop index case_team_default_sort_idx;
drop index case_team_opened_sort_idx;
drop index case_team_activity_idx;
drop index case_team_alias_idx;
drop index case_team_priority_idx;
drop index case_team_priority_desc_idx;
drop index case_team_reference_idx;
drop index case_team_status_sort_idx;
drop index case_team_status_desc_idx;

update case_file c
set harm_mask = h.mask
from (select case_id, bit_or(harm_bit(kind)) as mask from case_harm group by case_id) h
where h.case_id = c.id;

-- Same columns and names as before (V003, V013_1), each with the mask.
create index case_counsellor_default_sort_idx on case_file (counsellor_id, priority, opened_at desc, id desc) include (harm_mask);
create index case_counsellor_opened_sort_idx on case_file (counsellor_id, opened_at, id desc) include (harm_mask);
create index case_counsellor_activity_idx on case_file (counsellor_id, last_activity_at, id desc) include (harm_mask);
create index case_counsellor_alias_idx on case_file (counsellor_id, lower(client_alias), id desc) include (harm_mask);
create index case_counsellor_priority_idx on case_file (counsellor_id, priority, id desc) include (harm_mask);
create index case_counsellor_priority_desc_idx on case_file (counsellor_id, priority desc, id desc) include (harm_mask);
create index case_counsellor_reference_idx on case_file (counsellor_id, reference, id desc) include (harm_mask);
create index case_counsellor_status_sort_idx on case_file (counsellor_id, status, id desc) include (harm_mask);
create index case_counsellor_status_desc_idx on case_file (counsellor_id, status desc, id desc) include (harm_mask);
create index case_team_default_sort_idx on case_file (team_id, priority, opened_at desc, id desc) include (harm_mask);
create index case_team_opened_sort_idx on case_file (team_id, opened_at, id desc) include (harm_mask);
create index case_team_activity_idx on case_file (team_id, last_activity_at, id desc) include (harm_mask);
create index case_team_alias_idx on case_file (team_id, lower(client_alias), id desc) include (harm_mask);
create index case_team_priority_idx on case_file (team_id, priority, id desc) include (harm_mask);
create index case_team_priority_desc_idx on case_file (team_id, priority desc, id desc) include (harm_mask);
create index case_team_reference_idx on case_file (team_id, reference, id desc) include (harm_mask);
create index case_team_status_sort_idx on case_file (team_id, status, id desc) include (harm_mask);
create index case_team_status_desc_idx on case_file (team_id, status desc, id desc) include (harm_mask);

-- Any writer of case_harm other than the entity (which writes the mask itself, before its harms:
-- then nothing is updated here) sets or clears the kind's bit. One row per case and kind (the
-- primary key), so a deleted kind leaves no other row with the same bit.
create function case_harm_mask() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update case_file set harm_mask = harm_mask & ~harm_bit(old.kind)
        where id = old.case_id and harm_mask & harm_bit(old.kind) <> 0;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update case_file set harm_mask = harm_mask | harm_bit(new.kind)
        where id = new.case_id and harm_mask & harm_bit(new.kind) = 0;
    end if;
    return null;
end;
$$;
create trigger case_harm_mask
    after insert or update or delete on case_harm
    for each row execute function case_harm_mask();
