package org.vangnet.base.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.Serial;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;

/**
 * Errors that escape a click or another server round trip: the user gets a translated message (a
 * broken rule says which; anything unexpected gets a reference), never exception text.
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

        @Override
        public void error(ErrorEvent event) {
            Throwable cause = rootOf(event.getThrowable());
            UI ui = UI.getCurrent();
            final String text;
            if (cause instanceof DomainException rule) {
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
