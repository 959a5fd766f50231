-- Spreaders and forwarders (decision 040): whoever passed the client's images on, on any kind of
-- case. The leaflets tell the client to contact the spreader and each forwarder and ask them to
-- delete, and a complaint may name the maker and each forwarder. Who they are (a name, a handle)
-- and the counsellor's notes are free text about third parties: encrypted (decision 031), emptied
-- when the case is pseudonymised. Never an image.
create table spreader (
    id               bigint generated always as identity primary key,
    version          bigint       not null default 0,
    case_id          bigint       not null references case_file (id) on delete cascade,
    role             varchar(20)  not null check (role in ('MAKER', 'SPREADER', 'FORWARDER')),
    label            text,
    platform         varchar(60),
    handle           text,
    relation         varchar(20)  not null check (relation in ('PARTNER', 'EX_PARTNER', 'CLASSMATE', 'FRIEND',
                                                                'ACQUAINTANCE', 'FAMILY', 'COLLEAGUE', 'ONLINE_CONTACT',
                                                                'STRANGER', 'UNKNOWN')),
    deletion         varchar(20)  not null check (deletion in ('NOT_ASKED', 'ASKED', 'DELETED', 'REFUSED', 'NO_ANSWER')),
    asked_on         date,
    asked_by         varchar(20)  check (asked_by in ('CLIENT', 'TRUSTED_PERSON', 'HELPLINE', 'POLICE')),
    in_complaint     boolean      not null default false,
    notes            text,
    created_at       timestamptz  not null,
    created_by       varchar(50)  not null,
    -- Asked when and by whom once a request was made; neither before.
    constraint spreader_asked_check check ((deletion = 'NOT_ASKED') = (asked_on is null))
);
-- The case's spreaders, first recorded first (the tab and the dossier).
create index spreader_case_idx on spreader (case_id, id);
