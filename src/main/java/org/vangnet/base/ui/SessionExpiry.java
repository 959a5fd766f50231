package org.vangnet.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When the session is gone (the node that held it died, or it timed out), the browser reloads the
 * page it was on at once instead of showing Vaadin's untranslated "session expired" box. The
 * reload finds no signed-in user, so the sign-in page comes, and after signing in (on whichever
 * node the load balancer picked) the user is back on that same page (issue 13, README "Several nodes").
 */
@Component
class SessionExpiry implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
