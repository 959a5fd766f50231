-- Tamper-evident audit trail (decision 030): every row carries a SHA-256 hash chained to the row
-- before it. The chain is computed by the database at commit time, one row after the other, so that
-- several application nodes writing at once still form one chain without gaps.
--
--   row_hash = sha256_hex(prev_hash || '|' || audit_event_canonical(row))
--
-- chain_seq numbers the rows in chain order (commit order, not id order); prev_hash of the first
-- row is 64 zeros. audit_chain_head holds the last link; only the owner of the table may touch it.

alter table audit_event
    add column chain_seq bigint,
    add column prev_hash varchar(64),
    add column row_hash  varchar(64);
create unique index audit_event_chain_seq_idx on audit_event (chain_seq);

create table audit_chain_head (
    id            integer     primary key check (id = 1),
    last_seq      bigint      not null,
    last_hash     varchar(64) not null,
    last_event_id bigint
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

-- One field of the canonical form: its length in UTF-8 bytes, a colon and the text; '~' for null.
create function audit_chain_field(value text) returns text
    language sql immutable as
$$ select case when value is null then '~' else octet_length(value) || ':' || value end $$;

-- The canonical text of a row: the hashed columns in this order, '|' between them. Fields missing at
-- the end ('~') are left out, so that a column added later (as the last argument here, and in
-- AuditChain.HASHED_COLUMNS) leaves the hashes of older rows, where it is null, as they were.
-- The time is hashed as microseconds since the epoch, so that no time-zone setting can change it.
create function audit_event_canonical(e audit_event) returns text
    language sql immutable as
$$
select regexp_replace(concat_ws('|',
        audit_chain_field(e.chain_seq::text),
        audit_chain_field(e.id::text),
        audit_chain_field((extract(epoch from e.occurred_at) * 1000000)::bigint::text),
        audit_chain_field(e.actor),
        audit_chain_field(e.actor_role),
        audit_chain_field(e.action),
        audit_chain_field(e.object_type),
        audit_chain_field(e.object_id),
        audit_chain_field(e.outcome),
        audit_chain_field(e.detail),
        audit_chain_field(e.client_address)
    ), '(\|~)+$', '')
$$;

create function audit_chain_hash(previous text, canonical text) returns text
    language sql immutable as
$$ select encode(sha256(convert_to(previous || '|' || canonical, 'UTF8')), 'hex') $$;

-- Seals one row: takes the head (row lock, held only until the commit that is under way), links the
-- row to it and moves the head on. Deferred to commit, so that the lock is not held while the
-- business transaction still works (no deadlock with its other locks), and rows appear in the chain
-- in commit order. Runs as the table's owner: the application role has no right on the head and
-- none to update audit rows.
create function audit_event_seal() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public as
$$
declare
    head   audit_chain_head%rowtype;
    sealed audit_event%rowtype;
    hash   text;
begin
    select * into head from audit_chain_head where id = 1 for update;
    sealed := new;
    sealed.chain_seq := head.last_seq + 1;
    hash := audit_chain_hash(head.last_hash, audit_event_canonical(sealed));
    perform set_config('vangnet.audit_seal', 'on', true);
    update audit_event set chain_seq = sealed.chain_seq, prev_hash = head.last_hash, row_hash = hash
        where id = new.id;
    perform set_config('vangnet.audit_seal', 'off', true);
    update audit_chain_head set last_seq = sealed.chain_seq, last_hash = hash, last_event_id = new.id where id = 1;
    return null;
end;
$$;
revoke all on function audit_event_seal() from public;

create constraint trigger audit_event_chain
    after insert on audit_event
    deferrable initially deferred
    for each row execute function audit_event_seal();

-- Append-only as before, with one exception: sealing an unsealed row, and nothing else of it, while
-- audit_event_seal() says so. The application role cannot use it: it has no UPDATE right on the table.
create or replace function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE'
            and coalesce(current_setting('vangnet.audit_seal', true), '') = 'on'
            and old.chain_seq is null and old.row_hash is null
            and new.chain_seq is not null and new.row_hash is not null
            and (to_jsonb(new) - 'chain_seq' - 'prev_hash' - 'row_hash')
                = (to_jsonb(old) - 'chain_seq' - 'prev_hash' - 'row_hash') then
        return new;
    end if;
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- The rows written so far are chained in the order they were written.
alter table audit_event disable trigger audit_event_no_update_or_delete;
do
$$
declare
    r        audit_event%rowtype;
    seq      bigint := 0;
    previous text := repeat('0', 64);
    hash     text;
begin
    for r in select * from audit_event order by id loop
        seq := seq + 1;
        r.chain_seq := seq;
        hash := audit_chain_hash(previous, audit_event_canonical(r));
        update audit_event set chain_seq = seq, prev_hash = previous, row_hash = hash where id = r.id;
        previous := hash;
    end loop;
    update audit_chain_head
       set last_seq = seq, last_hash = previous, last_event_id = (select max(id) from audit_event)
     where id = 1;
end;
$$;
alter table audit_event enable trigger audit_event_no_update_or_delete;

-- What the scheduled verification found (decision 030), for the administrators' page.
create table audit_chain_check (
    id                bigint generated always as identity primary key,
    checked_at        timestamptz  not null,
    checked_by        varchar(50)  not null,
    rows_checked      bigint       not null,
    intact            boolean      not null,
    problem           varchar(20),
    problem_seq       bigint,
    problem_event_id  bigint,
    head_seq          bigint       not null,
    head_hash         varchar(64)  not null
);
create index audit_chain_check_recent_idx on audit_chain_check (checked_at desc);
