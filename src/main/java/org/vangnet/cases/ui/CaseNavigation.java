package org.vangnet.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteConfiguration;

/**
 * The way into a case file from any screen of any module, by the case's id: the route of the case
 * file is the cases module's own business, so a renamed route breaks no other module's link.
 */
public final class CaseNavigation {

    private CaseNavigation() {
    }

    /** Opens the case file (the case module decides, as on every opening, whether the user may). */
    public static void toCase(Long caseId) {
        UI.getCurrent().navigate(CaseView.class, caseId);
    }

    /** The case file's address, relative to the application, e.g. for a link. */
    public static String caseUrl(Long caseId) {
        return RouteConfiguration.forSessionScope().getUrl(CaseView.class, caseId);
    }

    /** A link that opens the case file. */
    public static Anchor link(Long caseId, String text) {
        return new Anchor(caseUrl(caseId), text);
    }
}
