package org.vangnet.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.vangnet.security.SecondFactorPending;

/**
 * Keeps a session that has given only its password on the second-factor page, whatever address it
 * asks for (decision 020). Its authentication holds no role and no permission, so every view and
 * service would refuse it anyway; this turns the refusal into the next step of signing in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecondFactorGate implements VaadinServiceInitListener {

    private final SecurityContextHolderStrategy securityContext;

    SecondFactorGate(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::keepOnSecondStep));
    }

    private void keepOnSecondStep(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (securityContext.getContext().getAuthentication() instanceof SecondFactorPending
                && target != SecondFactorView.class && target != LoginView.class && !event.hasErrorParameter()) {
            event.forwardTo(SecondFactorView.class);
        }
    }
}
