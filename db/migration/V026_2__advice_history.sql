-- Advice history (decision 040): every mark of a step on a case (state, its date, when and by whom),
-- kept next to case_advice, which holds only the current one. Append-only by use; nothing about the
-- client in it. Marks made before this existed start the history with their current state.
create table case_advice_mark (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    case_id     bigint       not null references case_file (id) on delete cascade,
    step_id     bigint       not null references advice_step (id),
    state       varchar(20)  not null check (state in ('ADVISED', 'DONE', 'NOT_APPLICABLE')),
    state_date  date         not null,
    marked_at   timestamptz  not null,
    marked_by   varchar(50)  not null
);
-- One step's history on one case, newest first.
create index case_advice_mark_step_idx on case_advice_mark (case_id, step_id, marked_at desc, id desc);

insert into case_advice_mark (case_id, step_id, state, state_date, marked_at, marked_by)
select case_id, step_id, state, state_date, recorded_at, recorded_by from case_advice;
