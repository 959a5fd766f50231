package org.vangnet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in view: a side menu built from the views' {@code @Menu} entries
 * (Vaadin leaves out the ones the user may not open; their titles are translation keys), the page
 * title, the signed-in user with role and team, the language switch and sign-out, and in the header
 * the search field other modules offer ({@link ShellSearch}).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ShellUserService users;
    private final H1 viewTitle = new H1();

    MainLayout(ShellUserService users, java.util.List<ShellSearch> searches) {
        this.users = users;
        setPrimarySection(Section.DRAWER);
        addClassName("vn-shell");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        viewTitle.addClassName("vn-view-title");
        addToNavbar(toggle, viewTitle);
        searches.stream().map(ShellSearch::create).filter(java.util.Objects::nonNull).forEach(this::addToNavbar);

        // A plain scrolling box, not a Scroller: the Scroller is a Tab stop of its own (tabindex 0), so a
        // keyboard user met an invisible stop between the brand and the menu. A browser does not stop on
        // a scrolling box whose content (the menu links) can take the focus.
        var menuArea = new com.vaadin.flow.component.html.Div(menu());
        menuArea.addClassName("vn-drawer-scroll");
        addToDrawer(brand(), menuArea, userPanel());
    }

    private Component brand() {
        var logo = VaadinIcon.SHIELD.create();
        logo.addClassName("vn-brand-logo");
        var name = new Span(getTranslation("app.name"));
        name.addClassName("vn-brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("vn-brand-tagline");
        var text = new Div(name, tagline);
        text.addClassName("vn-brand-text");
        var brand = new Div(logo, text);
        brand.addClassName("vn-brand");
        return brand;
    }

    private SideNav menu() {
        var nav = new SideNav();
        nav.addClassName("vn-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // The label in a span of its own: the item's label slot never wraps (white-space: nowrap inside
            // its shadow root) and cut the longer French entries with "…"; the span may wrap (app.css).
            var item = new SideNavItem("", entry.path());
            var label = new Span(getTranslation(entry.title()));
            label.addClassName("vn-menu-label");
            item.getElement().appendChild(label.getElement());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userPanel() {
        var panel = new Div();
        panel.addClassName("vn-user-panel");
        users.currentUser().ifPresent(user -> {
            var avatar = new Avatar(user.displayName());
            avatar.setColorIndex(2);
            var name = new Span(user.displayName());
            name.addClassName("vn-user-name");
            String roleText = getTranslation(user.roleKey());
            var role = new Span(user.teamName() == null ? roleText : roleText + " · " + user.teamName());
            role.addClassName("vn-user-role");
            var who = new Div(name, role);
            who.addClassName("vn-user-who");
            var identity = new Div(avatar, who);
            identity.addClassName("vn-user-identity");
            panel.add(identity);
        });
        var language = new LanguageSelect(users::saveLanguage);
        var logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> users.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("vn-logout");
        panel.add(language, logout);
        return panel;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        FormDraft.restore(UI.getCurrent());
    }
}
