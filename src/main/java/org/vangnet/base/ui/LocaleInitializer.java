package org.vangnet.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import org.vangnet.base.i18n.TranslationProvider;

/**
 * Before the first view of a UI is built, applies the signed-in user's saved language, unless a
 * language was already chosen in this session. Anonymous visitors get their browser's language
 * when Vaadin speaks it, Dutch otherwise.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String CHOSEN = LocaleInitializer.class.getName() + ".chosen";

    private final ShellUserService users;

    LocaleInitializer(ShellUserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            if (session.getAttribute(CHOSEN) != null) {
                init.getUI().setLocale(session.getLocale());
                return;
            }
            users.currentUser().map(user -> user.language()).ifPresent(language -> {
                var supported = TranslationProvider.supported(language);
                session.setLocale(supported);
                init.getUI().setLocale(supported);
                session.setAttribute(CHOSEN, Boolean.TRUE);
            });
        });
    }
}
