package org.vangnet.base.ui;

import java.util.Locale;
import java.util.Optional;

/** Port through which the shell reads the signed-in user, keeps their language and signs them out. */
public interface ShellUserService {

    Optional<ShellUser> currentUser();

    /** Remembers the language for the signed-in user's next sessions. */
    void saveLanguage(Locale language);

    void logout();
}
