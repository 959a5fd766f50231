package org.vangnet.cases.ui;

import com.vaadin.flow.component.Component;
import org.vangnet.base.ui.ShellSearch;
import org.vangnet.cases.CaseSearch;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;

/** The one search box in the shell's header, for whoever may read cases. */
@org.springframework.stereotype.Component
class CaseSearchBox implements ShellSearch {

    private final CaseSearch search;
    private final CurrentUser currentUser;

    CaseSearchBox(CaseSearch search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        if (currentUser.get().filter(u -> u.hasPermission(Permissions.CASE_READ)).isEmpty()) {
            return null;
        }
        return new CaseSearchField(search);
    }
}
