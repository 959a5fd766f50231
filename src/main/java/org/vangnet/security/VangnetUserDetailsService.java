package org.vangnet.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in. A disabled account loads as disabled, so Spring refuses it. */
@Service
class VangnetUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final TeamRepository teams;

    VangnetUserDetailsService(UserAccountRepository users, TeamRepository teams) {
        this.users = users;
        this.teams = teams;
    }

    @Override
    @Transactional(readOnly = true)
    public VangnetUser loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        var account = users.findByUsername(normalised)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        String teamName = account.getTeamId() == null ? null
                : teams.findById(account.getTeamId()).map(Team::getName).orElse(null);
        return new VangnetUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getTeamId(), teamName, account.isEnabled(), account.getLanguage(),
                account.getPasswordHash());
    }
}
