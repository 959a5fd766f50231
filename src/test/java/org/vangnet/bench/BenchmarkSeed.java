package org.vangnet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.crypto.LinkLookup;

/**
 * Seeds a helpline's decade in plain SQL: 10 teams (Team Gent the largest, 11%), 10 counsellors
 * each and a supervisor, 1,000,000 cases over three years with their harms, shares, contact
 * details, timeline, audit rows, about 3,000,000 takedown requests with a transition each,
 * follow-ups and extorters with identifiers. Old cases are mostly closed, recent ones mostly
 * open, as at a real helpline. Encrypted columns hold real ciphertexts (a small pool of them) and
 * lookup hashes of the right shape; the values the benchmark looks up are stored with the real
 * keyed hash, so the lookups find them.
 */
final class BenchmarkSeed {

    static final String[] TEAMS = {"Team Gent", "Team Brussel", "Team Antwerpen", "Team Leuven", "Team Brugge",
            "Team Liège", "Team Namur", "Team Charleroi", "Team Hasselt", "Team Mons"};
    static final String PROBE_PHONE = "+32470123456";
    static final String PROBE_EMAIL = "bekende.client@example.org";
    /** A link recorded in three requests of counsellor001's cases: the one search box finds them. */
    static final String PROBE_LINK = "https://www.example-tube.com/watch/clip-20431";

    /**
     * The kinds of harm of the {@code n}th seeded case as a mask (V030_1): one of the common kinds
     * (leaked images and sextortion 3 in 8 each, a sexting worry and a hacked account 1 in 8 each), and
     * for every fifth case a second kind, a deepfake only ever as that second kind (5 % of the cases):
     * the rare kind the list's harm filter is timed on.
     */
    private static String harmMask(String n) {
        return """
                harm_bit((array['LEAKED_IMAGES', 'LEAKED_IMAGES', 'LEAKED_IMAGES', 'SEXTORTION', 'SEXTORTION',
                                'SEXTORTION', 'SEXTING_WORRY', 'HACKED_ACCOUNT'])[1 + (%1$s * 7919) %% 8])
                | case when %1$s %% 5 = 0
                       then harm_bit((array['DEEPFAKE', 'SEXTORTION', 'SEXTING_WORRY', 'HACKED_ACCOUNT'])[1 + (%1$s / 5) %% 4])
                       else 0 end""".formatted(n);
    }

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final int cases;

    BenchmarkSeed(JdbcTemplate jdbc, FieldCipher cipher, int cases) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.cases = cases;
    }

    boolean alreadySeeded() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) >= ? from (select 1 from case_file limit ?) c", Boolean.class, cases, cases));
    }

    /**
     * {@code -Dbench.seed-from="audit trail"} resumes a seeding cut off in that step: the steps
     * before it are kept as they were committed (each step is one statement or several committed ones).
     */
    private String resumeFrom = System.getProperty("bench.seed-from");

    void seed() {
        step("teams and accounts", this::accounts);
        step("cases", this::cases);
        step("harms, shares, contact details", this::caseDetails);
        step("timeline", this::timeline);
        step("takedown requests and transitions", this::takedowns);
        step("takedown items and their links", this::takedownItems);
        step("escalations to the institute", this::escalations);
        step("follow-ups", this::followUps);
        step("extorters and identifiers", this::extorters);
        step("audit trail", this::audit);
        step("probes", this::probes);
        step("vacuum analyze", () -> jdbc.execute("vacuum analyze"));
    }

    private void accounts() {
        for (String team : TEAMS) {
            jdbc.update("insert into team (name, created_at) values (?, now() - interval '4 years')", team);
        }
        // Argon2 is never checked here: the benchmark signs users in directly.
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, role, team_id, created_at, password_changed_at)
                select 'counsellor' || lpad((t.rn * 10 + k)::text, 3, '0'),
                       'Counsellor ' || (t.rn * 10 + k), '{noop}unused', 'COUNSELLOR', t.id, now(), now()
                from (select id, row_number() over (order by id) - 1 as rn from team) t, generate_series(0, 9) k""");
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, role, team_id, created_at, password_changed_at)
                select 'supervisor' || lpad(rn::text, 2, '0'), 'Supervisor ' || rn, '{noop}unused', 'SUPERVISOR', id, now(), now()
                from (select id, row_number() over (order by id) - 1 as rn from team) t""");
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, role, team_id, created_at, password_changed_at)
                values ('admin', 'Administrator', '{noop}unused', 'ADMIN', null, now(), now()),
                       ('institute', 'Institute', '{noop}unused', 'INSTITUTE_STAFF', null, now(), now())""");
    }

    private void cases() {
        jdbc.execute("select setseed(0.2026)");
        jdbc.update("""
                insert into case_file (reference, status, waiting_on, closing_reason, priority, intake_channel, team_id,
                                       counsellor_id, opened_at, opened_by, closed_at, last_activity_at, client_alias,
                                       client_age_now, age_at_images, risk_minor, risk_self_harm, minor_involved,
                                       closing_approved_at, closing_approved_by, summary, harm_mask)
                select 'VN-' || s.year || '-' || lpad(row_number() over (partition by s.year order by s.opened_at, s.n)::text, 6, '0'),
                       s.status,
                       case when s.status = 'WAITING' then (array['CLIENT', 'PLATFORM', 'POLICE'])[1 + s.n % 3] end,
                       case when s.status = 'CLOSED' then (array['RESOLVED', 'REFERRED', 'CLIENT_STOPPED_CONTACT',
                            'NO_FURTHER_ACTION_WANTED', 'RESOLVED', 'OTHER'])[1 + s.n % 6] end,
                       case when s.self_harm then 0 when s.minor then 1 else 2 end,
                       (array['PHONE', 'CHAT', 'CHAT', 'EMAIL', 'FORUM', 'WALK_IN', 'REFERRAL', 'PHONE'])[1 + s.n % 8],
                       s.team_id,
                       case when s.n % 97 = 0 then null else s.counsellor_id end,
                       s.opened_at, 'seed', s.closed_at,
                       greatest(s.opened_at, coalesce(s.closed_at, s.opened_at + (now() - s.opened_at) * s.r3)),
                       (array['Amber', 'Bram', 'Chloé', 'Dries', 'Elif', 'Fien', 'Gust', 'Hanne', 'Ilias', 'Jana',
                              'Kobe', 'Lina', 'Mats', 'Nora', 'Oscar', 'Paulien', 'Quinten', 'Rania', 'Seppe', 'Tess',
                              'Ugo', 'Vera', 'Wout', 'Xena', 'Yasmine', 'Zoë', 'Anouk', 'Bilal', 'Camille', 'Dylan',
                              'Emma', 'Finn', 'Giulia', 'Hamza', 'Inès', 'Jules', 'Kato', 'Louis', 'Mila', 'Noah'])[1 + s.n % 40]
                           || case when s.n % 3 = 0 then '' else ' ' || (s.n % 1000) end,
                       case when s.minor then 12 + s.n % 6 else 18 + s.n % 30 end,
                       case when s.minor then 11 + s.n % 6 else 18 + s.n % 25 end,
                       s.minor, s.self_harm, s.minor,
                       case when s.status = 'CLOSED' and not (s.closed_at > now() - interval '30 days' and s.n % 5 = 0)
                            then s.closed_at end,
                       case when s.status = 'CLOSED' and not (s.closed_at > now() - interval '30 days' and s.n % 5 = 0)
                            then 'seed' end,
                       'Intake via seed ' || s.n,
                       HARM_MASK
                from (select g.*, extract(year from g.opened_at at time zone 'Europe/Brussels')::int as year,
                             case when g.open then (array['NEW', 'ACTIVE', 'ACTIVE', 'WAITING', 'REOPENED'])[1 + g.n % 5]
                                  else 'CLOSED' end as status,
                             case when g.open then null
                                  else least(g.opened_at + (1 + g.r3 * g.r3 * 120) * interval '1 day',
                                             now() - interval '1 hour') end as closed_at,
                             teams.ids[1 + g.team] as team_id,
                             counsellors.ids[1 + g.team * 10 + g.member] as counsellor_id
                      from (select n, opened_at, r3, r4 < 0.25 as minor, r5 < 0.04 as self_harm,
                                   case when r1 < 0.11 then 0 else 1 + least(8, floor((r1 - 0.11) / 0.89 * 9))::int end as team,
                                   floor(r2 * 10)::int as member,
                                   case when now() - opened_at < interval '30 days' then r6 < 0.7
                                        when now() - opened_at < interval '180 days' then r6 < 0.2
                                        else r6 < 0.03 end as open
                            from (select n, now() - random() * interval '1095 days' as opened_at, random() as r1,
                                         random() as r2, random() as r3, random() as r4, random() as r5, random() as r6
                                  from generate_series(1, ?::bigint) as n) raw) g,
                           (select array_agg(id order by id) as ids from team) teams,
                           (select array_agg(id order by team_id, username) as ids from app_user where role = 'COUNSELLOR') counsellors
                     ) s""".replace("HARM_MASK", harmMask("s.n")), cases);
        jdbc.update("""
                insert into case_reference_counter (year, last_value)
                select substring(reference from 4 for 4)::int, max(substring(reference from 9)::int)
                from case_file group by 1
                on conflict (year) do update set last_value = excluded.last_value""");
    }

    private void caseDetails() {
        // The cases were written with their harm masks: their harm rows follow from them, and the trigger
        // that keeps the masks (V030_1) finds nothing to change.
        jdbc.update("""
                insert into case_harm (case_id, kind)
                select c.id, k.kind from case_file c
                cross join unnest(array['LEAKED_IMAGES', 'SEXTORTION', 'SEXTING_WORRY', 'DEEPFAKE', 'HACKED_ACCOUNT']) k(kind)
                where c.harm_mask & harm_bit(k.kind) <> 0""");
        jdbc.update("""
                insert into case_share (case_id, user_id, shared_at, shared_by)
                select c.id, o.id, c.opened_at + interval '1 day', 'seed'
                from case_file c
                join app_user o on o.team_id = c.team_id and o.role = 'COUNSELLOR' and o.id <> c.counsellor_id
                     and o.id % 10 = (c.id / 25) % 10
                where c.id % 25 = 0 and c.counsellor_id is not null""");
        List<String> phones = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            phones.add(cipher.encrypt("+3247%07d".formatted(1_000_000 + i * 7919)));
            emails.add(cipher.encrypt("client%d@example.org".formatted(i)));
        }
        jdbc.update("""
                insert into client_contact (case_id, kind, value, lookup_hash, safe_to_call, safe_voicemail, safe_to_write)
                select id, 'PHONE', (?::text[])[1 + id % 16], md5('phone' || id), id % 2 = 0, false, id % 3 = 0
                from case_file where id % 20 < 7
                union all
                select id, 'EMAIL', (?::text[])[1 + id % 16], md5('email' || id), false, false, true
                from case_file where id % 20 between 5 and 7""",
                phones.toArray(String[]::new), emails.toArray(String[]::new));
    }

    /** The lines the application itself writes (keys and arguments as {@code CaseEvents} makes them), so a seeded case file reads as a real one. */
    private void timeline() {
        jdbc.update("""
                insert into case_timeline_entry (case_id, occurred_at, actor, entry_type, message_key, arguments, body)
                select c.id, c.opened_at, 'seed', 'OPENED', 'timeline.case.opened',
                       c.reference || chr(31) || 't:case.channel.' || c.intake_channel, null from case_file c
                union all
                select c.id, c.opened_at + interval '2 hours', 'seed', 'NOTE', null, null,
                       'Eerste gesprek: cliënt ingelicht over de mogelijkheden.' from case_file c
                union all
                select c.id, c.last_activity_at, 'seed', 'STATUS',
                       case c.status when 'WAITING' then 'timeline.case.status-waiting'
                                     when 'CLOSED' then 'timeline.case.status-closed'
                                     else 'timeline.case.status-changed' end,
                       't:case.status.NEW' || chr(31) || case c.status
                           when 'WAITING' then 't:case.waiting.' || c.waiting_on
                           when 'CLOSED' then 't:case.closing.' || c.closing_reason
                           else 't:case.status.' || c.status end, null
                from case_file c where c.status <> 'NEW'""");
    }

    /**
     * Three million requests with the monthly figures' triggers off (replica role), the figures then
     * rebuilt in one pass by the function the migration uses (decision 032).
     */
    private void takedowns() {
        jdbc.execute("""
                set session_replication_role = replica;
                insert into takedown_request (case_id, case_reference, minor_involved, platform_id, status, route,
                    on_behalf_of, content_description, evidence_captured, created_at, created_by, submitted_at,
                    acknowledged_at, decided_at, removed_at, last_changed_at, harm_kinds)
                select t.case_id, t.reference, t.minor_involved, t.platform_id, t.status, t.route, 'CLIENT',
                       'Beeld gedeeld zonder toestemming', true, t.created_at, 'seed',
                       case when t.status not in ('DRAFT', 'EVIDENCE_CAPTURED') then t.created_at + interval '1 hour' end,
                       case when t.status not in ('DRAFT', 'EVIDENCE_CAPTURED', 'SUBMITTED')
                            then t.created_at + interval '5 hours' end,
                       case when t.status in ('REMOVED', 'RESTRICTED', 'REFUSED', 'APPEALED', 'CLOSED', 'REAPPEARED')
                            then t.created_at + t.hours * interval '1 hour' end,
                       case when t.status in ('REMOVED', 'CLOSED', 'REAPPEARED') then t.created_at + t.hours * interval '1 hour' end,
                       t.created_at + t.hours * interval '1 hour',
                       coalesce((select string_agg(h.kind, ',' order by h.kind) from case_harm h where h.case_id = t.case_id), '')
                from (select c.id as case_id, c.reference, c.minor_involved,
                             p.ids[1 + (c.id * 31 + k * 7) % array_length(p.ids, 1)] as platform_id,
                             (array['REMOVED', 'REMOVED', 'REMOVED', 'REFUSED', 'SUBMITTED', 'ACKNOWLEDGED', 'RESTRICTED',
                                    'CLOSED', 'REAPPEARED', 'DRAFT', 'WITHDRAWN', 'APPEALED'])[1 + (c.id + k * 5) % 12] as status,
                             (array['IN_APP', 'WEB_FORM', 'WEB_FORM', 'DSA_NOTICE', 'PRIORITY_CHANNEL', 'EMAIL'])[1 + (c.id + k) % 6] as route,
                             least(c.opened_at + ((c.id + k) % 10) * interval '1 day', now() - interval '2 hours') as created_at,
                             2 + (c.id * 13 + k * 17) % 200 as hours
                      from case_file c cross join generate_series(1, 6) as k
                           cross join (select array_agg(id order by id) as ids from platform) p
                      where (c.id * 7 + k * 3) % 10 < 5) t;
                insert into takedown_transition (request_id, from_status, to_status, occurred_at, actor, actor_role)
                select id, case when status = 'DRAFT' then null else 'SUBMITTED' end, status, last_changed_at, 'seed', 'COUNSELLOR'
                from takedown_request;
                set session_replication_role = origin;
                select takedown_figures_rebuild()""");
    }

    /**
     * A password (its hash) and an authenticator key for the accounts the browser part signs in with:
     * seeded accounts have neither, as the service-level timings sign users in directly.
     */
    void browserAccounts(List<String> usernames, String passwordHash, String totpSecret) {
        for (String username : usernames) {
            jdbc.update("update app_user set password_hash = ? where username = ?", passwordHash, username);
            jdbc.update("""
                    insert into user_totp (user_id, secret, last_used_step, enrolled_at)
                    select id, ?, null, now() from app_user where username = ?
                    on conflict (user_id) do update set secret = excluded.secret, last_used_step = null""",
                    cipher.encrypt(totpSecret), username);
        }
    }

    /** Whether a database seeded before the link items existed still lacks them. */
    boolean lacksEscalations() {
        return jdbc.queryForList("select 1 from takedown_request where escalated_at is not null limit 1").isEmpty();
    }

    /**
     * The institute's queue: one in eight of the requests a platform decided on (removed, restricted,
     * refused, appealed; about 190,000) was escalated to the institute halfway between its submission
     * and that decision, with the transition that records it. The figures' triggers stay on (they do
     * not count escalations); the statistics are brought up to date, as on data seeded before this step.
     */
    void escalations() {
        jdbc.execute("""
                update takedown_request set escalated_at = submitted_at + (decided_at - submitted_at) / 2
                where status in ('REMOVED', 'RESTRICTED', 'REFUSED', 'APPEALED') and id % 8 = 0;
                insert into takedown_transition (request_id, from_status, to_status, occurred_at, actor, actor_role)
                select id, 'SUBMITTED', 'ESCALATED', escalated_at, 'seed', 'COUNSELLOR'
                from takedown_request where escalated_at is not null;
                analyze takedown_request, takedown_transition""");
    }

    boolean lacksTakedownItems() {
        return jdbc.queryForList("select 1 from takedown_item limit 1").isEmpty();
    }

    /**
     * One web-address item per request (three million), each with its own keyed hash, values drawn
     * from a pool of encrypted addresses; then {@link #PROBE_LINK}, hashed as the application hashes
     * it, on three requests of counsellor001's cases.
     */
    void takedownItems() {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            links.add(cipher.encrypt("https://www.example-tube.com/watch/clip-%d".formatted(1000 + i)));
        }
        jdbc.update("""
                insert into takedown_item (request_id, position, kind, value, link_hash)
                select r.id, 0, 'URL', (?::text[])[1 + r.id % 16], md5('link' || r.id) || md5('hash' || r.id)
                from takedown_request r""", (Object) links.toArray(String[]::new));
        String hash = LinkLookup.hash(cipher, PROBE_LINK).orElseThrow();
        jdbc.update("""
                update takedown_item set link_hash = ? where request_id in (
                    select r.id from takedown_request r join case_file c on c.id = r.case_id
                    join app_user u on u.id = c.counsellor_id
                    where u.username = 'counsellor001' order by r.id limit 3)""", hash);
        jdbc.execute("analyze takedown_item");
    }

    private void followUps() {
        jdbc.update("""
                insert into follow_up (case_id, case_reference, team_id, kind, due_at, urgent, assignee_id, status, source,
                                       created_at, created_by, closed_at, closed_by)
                select c.id, c.reference, c.team_id,
                       (array['CALL_BACK', 'CHECK_PLATFORM_ANSWER', 'CHECK_REAPPEARANCE', 'POLICE_FOLLOW_UP', 'OTHER'])[1 + (c.id + k) % 5],
                       case when c.status = 'CLOSED' then c.opened_at + interval '1 day'
                            else now() + ((c.id * 7 + k * 11) % 480 - 240) * interval '1 hour' end,
                       c.priority = 0, c.counsellor_id,
                       case when c.status = 'CLOSED' then 'DONE' else 'OPEN' end, 'MANUAL', c.opened_at, 'seed',
                       case when c.status = 'CLOSED' then c.opened_at + interval '1 day' end,
                       case when c.status = 'CLOSED' then 'seed' end
                from case_file c cross join generate_series(1, 2) as k
                where c.counsellor_id is not null and (k = 1 or c.status <> 'CLOSED')""");
    }

    private void extorters() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            values.add(cipher.encrypt("+3248%07d".formatted(2_000_000 + i * 104_729)));
        }
        jdbc.update("""
                insert into extorter (case_id, label, created_at, created_by)
                select h.case_id, 'Extorter', c.opened_at, 'seed'
                from case_harm h join case_file c on c.id = h.case_id where h.kind = 'SEXTORTION'""");
        // Identifiers drawn from a pool, so that one number turns up in several cases, as it does.
        jdbc.update("""
                insert into extorter_identifier (extorter_id, case_id, kind, value, lookup_hash, added_at, added_by)
                select e.id, e.case_id, 'PHONE', (?::text[])[1 + e.id % 16], md5('xphone' || (e.id * 7919) % 60000),
                       e.created_at, 'seed' from extorter e
                union all
                select e.id, e.case_id, 'EMAIL', (?::text[])[1 + e.id % 16], md5('xmail' || (e.id * 104729) % 90000),
                       e.created_at, 'seed' from extorter e""",
                values.toArray(String[]::new), values.toArray(String[]::new));
    }

    /**
     * Two million past lines, each with its case (the case's record, decision 015), left unsealed: the hash chain (decision 030) seals each row at commit
     * with a row update, which would take most of an hour here and is not what the benchmark
     * measures. The benchmark's own lines are sealed as usual. Needs the superuser the benchmark
     * connects as (replica role: no triggers for this statement).
     */
    private void audit() {
        jdbc.execute("""
                set session_replication_role = replica;
                insert into audit_event (occurred_at, actor, actor_role, action, object_type, object_id, outcome, detail, case_id)
                select c.opened_at, 'seed', 'COUNSELLOR', 'CREATE', 'CASE', c.id::text, 'SUCCESS', null, c.id from case_file c
                union all
                select c.last_activity_at, 'seed', 'COUNSELLOR', 'READ', 'CASE', c.id::text, 'SUCCESS', null, c.id
                from case_file c;
                set session_replication_role = origin""");
    }

    /** The values the "already known?" lookups search for, stored as the application stores them. */
    private void probes() {
        // Her 101st newest case (her oldest in a smaller seed).
        Long caseId = jdbc.queryForObject("""
                select id from (select c.id, c.opened_at from case_file c join app_user u on u.id = c.counsellor_id
                                where u.username = 'counsellor001' order by c.opened_at desc, c.id desc limit 101) newest
                order by opened_at, id limit 1""", Long.class);
        jdbc.update("""
                insert into client_contact (case_id, kind, value, lookup_hash, safe_to_call, safe_voicemail, safe_to_write)
                values (?, 'PHONE', ?, ?, true, false, false), (?, 'EMAIL', ?, ?, false, false, true)""",
                caseId, cipher.encrypt(PROBE_PHONE), cipher.lookupHash(PROBE_PHONE),
                caseId, cipher.encrypt(PROBE_EMAIL), cipher.lookupHash(PROBE_EMAIL));
    }

    private void step(String name, Runnable work) {
        if (resumeFrom != null) {
            if (!resumeFrom.equals(name)) {
                System.out.printf(Locale.ROOT, "BENCH kept %s from the seeding that was cut off%n", name);
                return;
            }
            resumeFrom = null;
        }
        long started = System.nanoTime();
        work.run();
        System.out.printf(Locale.ROOT, "BENCH seeded %s in %.1f s%n", name, (System.nanoTime() - started) / 1e9);
    }
}
