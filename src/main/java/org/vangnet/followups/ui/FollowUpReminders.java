package org.vangnet.followups.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.vangnet.followups.FollowUpService;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;

/**
 * In-app reminders: after each navigation (and on every poll of "My work"), tells the user how
 * many of their follow-ups fell due since the last look. The last look is kept in the Vaadin
 * session; the first one of a session only sets it, as "My work" shows what is due anyway.
 * Registered per UI here, so the shell in {@code base} knows nothing of follow-ups.
 */
@Component
class FollowUpReminders implements VaadinServiceInitListener {

    static final String LAST_CHECK = FollowUpReminders.class.getName() + ".lastCheck";

    private final FollowUpService followUps;
    private final CurrentUser currentUser;
    private final Clock clock;

    FollowUpReminders(FollowUpService followUps, CurrentUser currentUser, Clock clock) {
        this.followUps = followUps;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> check(ui));
        });
    }

    /** Shows a notification when something fell due since the last check; returns how many did. */
    long check(UI ui) {
        if (currentUser.get().filter(u -> u.hasPermission(Permissions.CASE_READ)).isEmpty()) {
            return 0;
        }
        VaadinSession session = ui.getSession();
        Instant now = clock.instant();
        Instant last = (Instant) session.getAttribute(LAST_CHECK);
        session.setAttribute(LAST_CHECK, now);
        if (last == null) {
            return 0;
        }
        long due = followUps.fallenDueSince(last);
        if (due > 0) {
            var notification = Notification.show(ui.getTranslation("followup.reminder", due), 8000,
                    Notification.Position.TOP_END);
            notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        return due;
    }
}
