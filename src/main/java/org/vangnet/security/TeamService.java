package org.vangnet.security;

import static org.vangnet.security.Permissions.TEAM_MANAGE;
import static org.vangnet.security.Permissions.USER_MANAGE;

import java.time.Clock;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Paging;

/** The helpline's teams. Changes need a recent second factor ({@link StepUp}, decision 021). */
@Service
public class TeamService {

    /** The longest team name, in characters. */
    public static final int MAX_NAME = 80;

    static final String AUDIT_TYPE = "TEAM";

    private final TeamRepository teams;
    private final AuditTrail auditTrail;
    private final StepUp stepUp;
    private final Clock clock;

    TeamService(TeamRepository teams, AuditTrail auditTrail, StepUp stepUp, Clock clock) {
        this.stepUp = stepUp;
        this.teams = teams;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyAuthority('" + TEAM_MANAGE + "', '" + USER_MANAGE + "')")
    @Transactional(readOnly = true)
    public Slice<TeamSummary> find(String filter, Pageable pageable) {
        String normalised = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return teams.findSummaries(normalised, Paging.capped(pageable, Sort.by("name")));
    }

    @PreAuthorize("hasAuthority('" + TEAM_MANAGE + "')")
    @Transactional
    public Long create(String name) {
        stepUp.require();
        var team = new Team(name, clock.instant());
        requireUniqueName(team.getName(), null);
        Long id = teams.save(team).getId();
        auditTrail.record(AuditEntry.created(AUDIT_TYPE, id));
        return id;
    }

    @PreAuthorize("hasAuthority('" + TEAM_MANAGE + "')")
    @Transactional
    public void rename(Long id, long expectedVersion, String name) {
        stepUp.require();
        var team = teams.findById(id).orElseThrow(() -> new DomainException("error.not-found"));
        ConcurrentChangeException.check(team, expectedVersion);
        team.rename(name);
        requireUniqueName(team.getName(), id);
        auditTrail.record(AuditEntry.updated(AUDIT_TYPE, id, "renamed"));
    }

    private void requireUniqueName(String name, Long ownId) {
        teams.findByNameIgnoreCase(name)
                .filter(existing -> !existing.getId().equals(ownId))
                .ifPresent(existing -> {
                    throw DomainException.onField("name", "validation.team.name-taken");
                });
    }
}
