package org.vangnet.followups.ui;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vangnet.base.ui.LandingPage;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;

/** Counsellors and supervisors start the day on "My work". */
@Component
class MyWorkLanding implements LandingPage {

    static final String ROUTE = "my-work";

    private final CurrentUser currentUser;

    MyWorkLanding(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> route() {
        return currentUser.get().filter(user -> user.hasPermission(Permissions.CASE_WRITE)).map(user -> ROUTE);
    }
}
