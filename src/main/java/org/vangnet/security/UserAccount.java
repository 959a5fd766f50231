package org.vangnet.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.EmailAddress;
import org.vangnet.base.domain.Texts;

/**
 * A person who signs in to Vangnet. The password is only ever held as an Argon2id hash; the team is
 * referenced by id, like every other aggregate.
 */
@Entity
@Table(name = "app_user")
class UserAccount extends AbstractEntity {

    static final int MAX_USERNAME = NewAccount.MAX_USERNAME;
    static final int MAX_DISPLAY_NAME = NewAccount.MAX_DISPLAY_NAME;
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");

    @Column(name = "username", nullable = false, updatable = false, length = MAX_USERNAME)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "language", length = 10)
    private String language;

    /** Only for reminders without personal data ("you have N follow-ups due"); optional. */
    @Column(name = "email", length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Role role, Long teamId, Instant now) {
        this.username = normaliseUsername(username);
        rename(displayName);
        assign(role, teamId);
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** Usernames are compared case-insensitively: stored trimmed and in lower case. */
    static String normaliseUsername(String raw) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw DomainException.onField("username", "validation.required");
        }
        if (!USERNAME.matcher(value).matches()) {
            throw DomainException.onField("username", "validation.username.format");
        }
        return value;
    }

    void rename(String newDisplayName) {
        this.displayName = displayName(newDisplayName);
    }

    /** The display name as it is kept, or the refusal of it. */
    static String displayName(String typed) {
        return Texts.name("displayName", typed, MAX_DISPLAY_NAME, "validation.required");
    }

    void assign(Role newRole, Long newTeamId) {
        checkAssignment(newRole, newTeamId);
        this.role = newRole;
        this.teamId = newTeamId;
    }

    /** A role is required, and a role that works within a team needs one. */
    static void checkAssignment(Role role, Long teamId) {
        if (role == null) {
            throw DomainException.onField("role", "validation.required");
        }
        if (role.requiresTeam() && teamId == null) {
            throw DomainException.onField("team", "validation.user.team-required");
        }
    }

    void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** Sets or clears the address reminders go to. */
    void changeEmail(String typed) {
        this.email = typed == null || typed.isBlank() ? null : EmailAddress.parse("email", typed).value();
    }

    String getEmail() {
        return email;
    }

    void chooseLanguage(Locale locale) {
        this.language = locale == null ? null : locale.toLanguageTag();
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    Long getTeamId() {
        return teamId;
    }

    boolean isEnabled() {
        return enabled;
    }

    Locale getLanguage() {
        return language == null ? null : Locale.forLanguageTag(language);
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
