package org.vangnet.cases.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab that another module adds to the case file (takedowns, sextortion...), so the cases module
 * does not depend on them. Every bean implementing this gets a tab, in {@link #order()}.
 */
public interface CaseTabProvider {

    /** Translation key of the tab's title. */
    String titleKey();

    /** Position among the tabs; the case module's own tabs use 10–60. */
    int order();

    /** The tab's content for one case, built when the case file is drawn. */
    Component create(Long caseId, boolean minorInvolved);
}
