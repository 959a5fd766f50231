-- Sextortion: the extorters of a case, their identifiers (normalised, so the same extorter is
-- recognised across cases), every contact they made, and the attempts to get paid money back.
-- Cases are referenced by id; removing a case removes its sextortion log with it.

create table extorter (
    id          bigint generated always as identity primary key,
    version     bigint        not null default 0,
    case_id     bigint        not null references case_file (id) on delete cascade,
    label       varchar(60),
    notes       varchar(1000),
    created_at  timestamptz   not null,
    created_by  varchar(50)   not null,
    -- The target of the composite keys below: a row of this case's extorter is always of this case.
    constraint extorter_id_case unique (id, case_id)
);
create index extorter_case_idx on extorter (case_id, id);

-- One identifier per row. "value" is the normalised form as shown and copied; "normalised_value" is
-- the match key (the value, or platform/service + ":" + value for usernames and transfer references).
create table extorter_identifier (
    id                bigint generated always as identity primary key,
    extorter_id       bigint        not null,
    case_id           bigint        not null,
    kind              varchar(20)   not null check (kind in ('USERNAME', 'PROFILE_URL', 'PHONE', 'EMAIL', 'IBAN',
                                                             'TRANSFER_REFERENCE', 'CRYPTO_WALLET')),
    qualifier         varchar(20),
    qualifier_other   varchar(60),
    value             varchar(1000) not null,
    normalised_value  varchar(1100) not null,
    added_at          timestamptz   not null,
    added_by          varchar(50)   not null,
    constraint extorter_identifier_extorter foreign key (extorter_id, case_id)
        references extorter (id, case_id) on delete cascade,
    constraint extorter_identifier_once unique (extorter_id, kind, normalised_value),
    constraint extorter_identifier_qualified check ((kind in ('USERNAME', 'TRANSFER_REFERENCE')) = (qualifier is not null))
);
-- Matching across cases: same kind and normalised value in another case; the case id is in the
-- index so counting distinct cases never reads the table.
create index extorter_identifier_match_idx on extorter_identifier (kind, normalised_value, case_id);
create index extorter_identifier_case_idx on extorter_identifier (case_id, id);

create table extortion_contact (
    id              bigint generated always as identity primary key,
    version         bigint         not null default 0,
    case_id         bigint         not null,
    extorter_id     bigint         not null,
    occurred_at     timestamptz    not null,
    channel         varchar(20)    not null,
    channel_other   varchar(60),
    amount          numeric(12, 2) check (amount > 0),
    currency        varchar(3),
    deadline        timestamptz,
    threat          varchar(500),
    paid            boolean        not null default false,
    paid_amount     numeric(12, 2) check (paid_amount > 0),
    paid_currency   varchar(3),
    payment_method  varchar(20),
    recorded_at     timestamptz    not null,
    recorded_by     varchar(50)    not null,
    updated_at      timestamptz    not null,
    constraint extortion_contact_extorter foreign key (extorter_id, case_id)
        references extorter (id, case_id) on delete cascade,
    constraint extortion_contact_amount_currency check ((amount is null) = (currency is null)),
    constraint extortion_contact_paid check (
        (paid and paid_amount is not null and paid_currency is not null and payment_method is not null)
        or (not paid and paid_amount is null and paid_currency is null and payment_method is null)),
    constraint extortion_contact_deadline_after check (deadline is null or deadline > occurred_at)
);
create index extortion_contact_case_idx on extortion_contact (case_id, occurred_at desc, id desc);
create index extortion_contact_extorter_idx on extortion_contact (extorter_id);
-- The case header shows the nearest deadline still ahead.
create index extortion_contact_deadline_idx on extortion_contact (case_id, deadline) where deadline is not null;

create table extortion_contact_demand (
    contact_id bigint      not null references extortion_contact (id) on delete cascade,
    demand     varchar(20) not null check (demand in ('MONEY', 'MORE_IMAGES', 'SEX', 'CRIMINAL_HELP')),
    primary key (contact_id, demand)
);

create table extortion_contact_advice (
    contact_id bigint      not null references extortion_contact (id) on delete cascade,
    advice     varchar(20) not null check (advice in ('DO_NOT_PAY', 'DO_NOT_SEND_MORE', 'CAPTURE_EVIDENCE',
                                                      'BLOCK_AND_REPORT')),
    primary key (contact_id, advice)
);

create table money_recovery (
    id                bigint generated always as identity primary key,
    version           bigint         not null default 0,
    case_id           bigint         not null,
    extorter_id       bigint         not null,
    reported_on       date           not null,
    institution       varchar(100)   not null,
    reference         varchar(60),
    amount            numeric(12, 2) not null check (amount > 0),
    currency          varchar(3)     not null,
    outcome           varchar(20)    not null check (outcome in ('PENDING', 'REFUSED', 'PARTLY_RECOVERED',
                                                                 'FULLY_RECOVERED')),
    recovered_amount  numeric(12, 2),
    created_at        timestamptz    not null,
    created_by        varchar(50)    not null,
    updated_at        timestamptz    not null,
    constraint money_recovery_extorter foreign key (extorter_id, case_id)
        references extorter (id, case_id) on delete cascade,
    constraint money_recovery_recovered check (
        (outcome in ('PARTLY_RECOVERED', 'FULLY_RECOVERED')) = (recovered_amount is not null)
        and (recovered_amount is null or (recovered_amount > 0 and recovered_amount <= amount)))
);
create index money_recovery_case_idx on money_recovery (case_id, reported_on desc, id desc);
create index money_recovery_extorter_idx on money_recovery (extorter_id);
