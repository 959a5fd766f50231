package org.vangnet.security;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.REPORT_READ;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.domain.Paging;

/**
 * Names and team membership of colleagues, for modules that show who handles what. Lookups are
 * by batch, one query per page of results, never one per row.
 */
@Service
public class UserDirectory {

    private final UserAccountRepository users;
    private final TeamRepository teams;

    UserDirectory(UserAccountRepository users, TeamRepository teams) {
        this.users = users;
        this.teams = teams;
    }

    /** Display names by user id; unknown ids are left out. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        if (!userIds.isEmpty()) {
            users.findAllById(userIds).forEach(u -> names.put(u.getId(), u.getDisplayName()));
        }
        return names;
    }

    /** Display names by username (the audit and timeline record usernames). */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public Map<String, String> displayNamesByUsername(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            users.findByUsernameIn(usernames).forEach(u -> names.put(u.getUsername(), u.getDisplayName()));
        }
        return names;
    }

    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public Map<Long, String> teamNames(Collection<Long> teamIds) {
        Map<Long, String> names = new HashMap<>();
        if (!teamIds.isEmpty()) {
            teams.findAllById(teamIds).forEach(t -> names.put(t.getId(), t.getName()));
        }
        return names;
    }

    /**
     * Every team's name by id, for aggregate figures per team (administrators see those without
     * reading any case), in name order.
     */
    @PreAuthorize("hasAnyAuthority('" + CASE_READ + "', '" + REPORT_READ + "')")
    @Transactional(readOnly = true)
    public Map<Long, String> allTeamNames() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        teams.findAll(Sort.by("name")).forEach(t -> names.put(t.getId(), t.getName()));
        return names;
    }

    /** Active counsellors and supervisors of a team whose name contains the filter, for assigning cases. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public Slice<Colleague> teamMembers(Long teamId, String filter, Pageable pageable) {
        String normalised = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return users.findTeamMembers(teamId, normalised, Paging.capped(pageable, Sort.by("displayName")));
    }

    /** Whether the user is an active counsellor or supervisor of the team. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public boolean isActiveMemberOf(Long userId, Long teamId) {
        return users.findById(userId)
                .filter(u -> u.isEnabled() && teamId.equals(u.getTeamId()) && u.getRole().requiresTeam())
                .isPresent();
    }

    /**
     * Where reminders for these users go: enabled accounts with an e-mail address, by id, with their
     * language. For the reminder job, which runs as a {@link SystemTask} without a signed-in user.
     */
    @PreAuthorize("hasAuthority('" + Permissions.REMINDER_SEND + "')")
    @Transactional(readOnly = true)
    public Map<Long, ReminderAddress> reminderAddresses(Collection<Long> userIds) {
        Map<Long, ReminderAddress> addresses = new HashMap<>();
        if (!userIds.isEmpty()) {
            users.findAllById(userIds).stream().filter(u -> u.isEnabled() && u.getEmail() != null)
                    .forEach(u -> addresses.put(u.getId(), new ReminderAddress(u.getEmail(), u.getLanguage())));
        }
        return addresses;
    }

    /** An address for reminders and the language to write in ({@code null}: the default). */
    public record ReminderAddress(String email, Locale language) {
    }

    /** A colleague as pickers show them. */
    public record Colleague(Long id, String displayName, Role role) {
    }
}
