package org.vangnet.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.springframework.data.domain.PageRequest;
import org.vangnet.base.ui.HomeSection;
import org.vangnet.directory.ReferralDirectory;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;

/** The home page shows the whole directory: the partners a counsellor refers to, with their numbers and hours. */
@org.springframework.stereotype.Component
class DirectoryHomeSection implements HomeSection {

    /** The directory is a few dozen partners; more than this would call for a search of its own. */
    static final int SHOWN = 60;

    private final ReferralDirectory directory;
    private final CurrentUser currentUser;

    DirectoryHomeSection(ReferralDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        if (currentUser.get().filter(u -> u.hasPermission(Permissions.DIRECTORY_READ)).isEmpty()) {
            return null;
        }
        var host = new Div();
        host.addClassName("vn-directory");
        host.add(new H3(host.getTranslation("directory.title")));
        var grid = new Div();
        grid.addClassName("vn-card-grid");
        directory.find("", false, PageRequest.of(0, SHOWN)).forEach(p -> grid.add(PartnerCard.card(host, p,
                UI.getCurrent().getLocale())));
        host.add(grid);
        return host;
    }
}
