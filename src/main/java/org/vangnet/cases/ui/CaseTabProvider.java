package org.vangnet.cases.ui;

import com.vaadin.flow.component.Component;
import org.vangnet.cases.CaseDetails;

/**
 * A tab another module adds to the case file (sextortion, takedowns...), so the case screens never
 * depend on those modules. Provide it as a bean; the case file shows one tab per provider, after
 * its own, in {@link #order()}.
 */
public interface CaseTabProvider {

    /** Translation key of the tab's title. */
    String titleKey();

    /** Position among the other modules' tabs: lower comes first. */
    int order();

    /**
     * Whether the signed-in user gets this tab on this case at all; most tabs are for everyone who
     * may open the case. The content's own service calls still check access.
     */
    default boolean isAvailable(CaseDetails details) {
        return true;
    }

    /**
     * The tab's content for one case. Created each time the case file is drawn; it should load
     * its data when attached, as a tab that is never opened then costs nothing. {@code onChanged}
     * redraws the case file (header, priority, timeline) after a change.
     */
    Component create(CaseDetails details, Runnable onChanged);
}
