package org.vangnet.base.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vangnet.base.db.DatabaseUnavailable;

/**
 * Replaces Vaadin's default error view, which shows the exception. The user sees a plain message
 * and a reference; the exception goes to the log under that reference only.
 */
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseUnavailable.isCause(parameter.getCaughtException())) {
            log.warn("/{} could not be opened: the database cannot be reached", event.getLocation().getPath());
            show("error.database-title", "error.database-page", null);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = ErrorReference.next();
        log.error("Error {} while opening /{}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        show("error.title", "error.message", reference);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
