package org.vangnet.conversations;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.TEAM_MANAGE;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.StepUp;
import org.vangnet.security.Role;
import org.vangnet.security.UserDirectory;

/**
 * What funders ask for: contacts and contact time per period, channel and team, read from this
 * module's view {@code conversation_contacts} (no client data in it). A counsellor sees their own
 * contacts, a supervisor the team's, an administrator every team's totals.
 */
@Service
public class ContactFigures {

    static final String AUDIT_TYPE = "CONTACT_REPORT";
    /** Two years of weeks or months: enough for a funder's report, bounded for the database. */
    static final int MAX_DAYS = 731;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final AuditTrail auditTrail;
    private final StepUp stepUp;

    ContactFigures(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, UserDirectory users,
                   AuditTrail auditTrail, StepUp stepUp) {
        this.stepUp = stepUp;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.users = users;
        this.auditTrail = auditTrail;
    }

    /** Per period: a week or a month. */
    public enum Period { WEEK, MONTH }

    /** One line: the period's first day, the channel, the team, how many contacts and how many minutes. */
    public record Line(LocalDate period, ConversationChannel channel, String team, long contacts, long minutes) {
    }

    /** The figures for the contacts started from {@code from} up to and including {@code to} (helpline dates). */
    @PreAuthorize("hasAnyAuthority('" + CASE_READ + "', '" + TEAM_MANAGE + "')")
    @Transactional
    public List<Line> contacts(Period period, LocalDate from, LocalDate to) {
        var me = currentUser.require();
        var lines = compute(period, from, to);
        auditTrail.record(AuditEntry.read(AUDIT_TYPE, me.role().name()).withDetail(period + ":" + from + ".." + to));
        return lines;
    }

    /** The same figures, for a funder's file: recorded as an export. */
    @PreAuthorize("hasAnyAuthority('" + CASE_READ + "', '" + TEAM_MANAGE + "')")
    @Transactional
    public List<Line> exportContacts(Period period, LocalDate from, LocalDate to) {
        // A file leaves the application: a recent second factor first (decision 021).
        stepUp.require();
        var me = currentUser.require();
        var lines = compute(period, from, to);
        auditTrail.record(AuditEntry.of(AuditAction.EXPORT, AUDIT_TYPE, me.role().name())
                .withDetail(period + ":" + from + ".." + to + ",lines:" + lines.size()));
        return lines;
    }

    private List<Line> compute(Period period, LocalDate from, LocalDate to) {
        if (period == null) {
            throw DomainException.onField("period", "validation.required");
        }
        if (from == null || to == null) {
            throw DomainException.onField(from == null ? "from" : "to", "validation.required");
        }
        if (to.isBefore(from)) {
            throw DomainException.onField("to", "validation.contacts.range");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw DomainException.onField("to", "validation.contacts.too-long", MAX_DAYS);
        }
        var me = currentUser.require();
        var params = new MapSqlParameterSource()
                .addValue("unit", period.name().toLowerCase(java.util.Locale.ROOT))
                .addValue("zone", HelplineZone.ID)
                .addValue("from", Timestamp.from(from.atStartOfDay(HelplineZone.ZONE).toInstant()))
                .addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(HelplineZone.ZONE).toInstant()))
                .addValue("me", me.id()).addValue("team", me.teamId());
        String scope = me.role() == Role.COUNSELLOR ? "and counsellor_id = :me"
                : me.role() == Role.SUPERVISOR ? "and team_id = :team" : "";
        var rows = jdbc.query("""
                select date_trunc(:unit, started_at at time zone :zone)::date as period, channel, team_id,
                       count(*) as contacts, sum(minutes) as minutes
                from conversation_contacts
                where started_at >= :from and started_at < :to %s
                group by 1, 2, 3 order by 1, 2, 3""".formatted(scope), params,
                (rs, n) -> new Object[] {rs.getDate("period").toLocalDate(), rs.getString("channel"),
                        rs.getLong("team_id"), rs.getLong("contacts"), rs.getLong("minutes")});
        var teams = users.allTeamNames();
        return rows.stream().map(r -> new Line((LocalDate) r[0], ConversationChannel.valueOf((String) r[1]),
                teams.get((Long) r[2]), (Long) r[3], (Long) r[4])).toList();
    }
}
