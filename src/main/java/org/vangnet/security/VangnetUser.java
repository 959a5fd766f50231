package org.vangnet.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it in the session: identity, role, team and the
 * authorities (role plus its permissions). The password hash is erased after authentication.
 */
public final class VangnetUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long teamId;
    private final String teamName;
    private final boolean enabled;
    private final Locale language;
    private final List<SimpleGrantedAuthority> authorities;
    private String passwordHash;

    VangnetUser(Long id, String username, String displayName, Role role, Long teamId, String teamName,
                boolean enabled, Locale language, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.teamId = teamId;
        this.teamName = teamName;
        this.enabled = enabled;
        this.language = language;
        this.passwordHash = passwordHash;
        var granted = new ArrayList<SimpleGrantedAuthority>();
        granted.add(new SimpleGrantedAuthority(role.authority()));
        role.permissions().stream().sorted().map(SimpleGrantedAuthority::new).forEach(granted::add);
        this.authorities = List.copyOf(granted);
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The user's team, or {@code null} for administrators and institute staff. */
    public Long teamId() {
        return teamId;
    }

    public String teamName() {
        return teamName;
    }

    public Locale language() {
        return language;
    }

    public boolean hasPermission(String permission) {
        return role.permissions().contains(permission);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VangnetUser that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "VangnetUser[" + username + ", " + role + "]";
    }
}
