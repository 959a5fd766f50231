package org.vangnet.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vangnet.base.ui.ShellUser;
import org.vangnet.base.ui.ShellUserService;

/** Gives the application shell what it shows about the signed-in user, and signs them out. */
@Component
class SecurityShellUserService implements ShellUserService {

    private final CurrentUser currentUser;
    private final UserAccountService accounts;
    private final AuthenticationContext authenticationContext;

    SecurityShellUserService(CurrentUser currentUser, UserAccountService accounts,
                             AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<ShellUser> currentUser() {
        return currentUser.get().map(user -> new ShellUser(user.getUsername(), user.displayName(),
                user.role().translationKey(), user.teamName(), user.language()));
    }

    @Override
    public void saveLanguage(Locale language) {
        if (currentUser.get().isPresent()) {
            accounts.chooseOwnLanguage(language);
        }
    }

    @Override
    public void logout() {
        authenticationContext.logout();
    }
}
