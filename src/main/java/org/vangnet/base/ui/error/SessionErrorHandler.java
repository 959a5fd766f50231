package org.vangnet.base.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.Serial;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.vangnet.base.db.DatabaseUnavailable;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;

/**
 * Errors that escape a click or another server round trip: the user gets a translated message (a
 * broken rule says which; an unreachable database says so and that the input is still there;
 * anything unexpected gets a reference), never exception text.
 */
@Component
class SessionErrorHandler implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        @Serial
        private static final long serialVersionUID = 1L;
        private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);
        static final String DATABASE_UNAVAILABLE = "error.database-unavailable";
        static final String UNSTORABLE_TEXT = "error.unstorable-text";

        @Override
        public void error(ErrorEvent event) {
            Throwable cause = rootOf(event.getThrowable());
            UI ui = UI.getCurrent();
            final String text;
            if (DatabaseUnavailable.isCause(event.getThrowable())) {
                // Not a bug: no reference, no stack trace; the form keeps its input because nothing navigates.
                log.warn("A user request failed: the database cannot be reached ({})", cause.toString());
                text = ui == null ? null : ui.getTranslation(DATABASE_UNAVAILABLE);
            } else if (isUnstorableText(event.getThrowable())) {
                // A way in that does not go through Texts yet: the text, not the application, is at fault.
                log.warn("A user request sent text PostgreSQL cannot store ({})", cause.toString());
                text = ui == null ? null : ui.getTranslation(UNSTORABLE_TEXT);
            } else if (cause instanceof DomainException rule) {
                text = ui == null ? null : ui.getTranslation(rule.messageKey(), rule.arguments());
            } else if (cause instanceof OptimisticLockingFailureException) {
                text = ui == null ? null : ui.getTranslation(ConcurrentChangeException.KEY);
            } else if (cause instanceof AccessDeniedException) {
                text = ui == null ? null : ui.getTranslation("error.denied.message");
            } else {
                String reference = ErrorReference.next();
                log.error("Error {} in a user request", reference, event.getThrowable());
                text = ui == null ? null : ui.getTranslation("error.message-with-reference", reference);
            }
            if (ui != null && text != null) {
                ui.access(() -> {
                    var notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }

        /** 22021: a character (NUL) the database's encoding cannot hold; 22P05: one it cannot convert. */
        private static boolean isUnstorableText(Throwable failure) {
            for (Throwable current = failure; current != null && current.getCause() != current;
                 current = current.getCause()) {
                if (current instanceof SQLException sql
                        && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                    return true;
                }
            }
            return false;
        }

        private static Throwable rootOf(Throwable throwable) {
            Throwable current = throwable;
            while (current.getCause() != null && current.getCause() != current
                    && !(current instanceof DomainException)
                    && !(current instanceof OptimisticLockingFailureException)
                    && !(current instanceof AccessDeniedException)) {
                current = current.getCause();
            }
            return current;
        }
    }
}
