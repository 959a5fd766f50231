package org.vangnet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
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
// The menu is markup (see menu()); its web components still have to be loaded with the shell.
@Uses(SideNav.class)
@Uses(Icon.class)
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
        var menuArea = new Div(menu());
        menuArea.addClassName("vn-drawer-scroll");
        addToDrawer(brand(), menuArea, userPanel());
    }

    /** Name and tagline: markup, not five components, as nothing in it changes or answers (decision 047). */
    private Component brand() {
        var brand = markup("div").addClass("vn-brand");
        brand.appendElement("vaadin-icon").attr("icon", "vaadin:shield").addClass("vn-brand-logo");
        var text = brand.appendElement("div").addClass("vn-brand-text");
        text.appendElement("span").addClass("vn-brand-name").text(getTranslation("app.name"));
        text.appendElement("span").addClass("vn-brand-tagline").text(getTranslation("app.tagline"));
        return new Html(brand.outerHtml());
    }

    /**
     * An element to build markup for {@link Html} with: texts and attributes are escaped (a display name
     * is the user's own text), and nothing is added between elements that a browser would show as a space.
     */
    private static org.jsoup.nodes.Element markup(String tag) {
        var document = new org.jsoup.nodes.Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement(tag);
    }

    /**
     * The side menu as one element whose items the browser builds from markup (decision 047): the same
     * {@code vaadin-side-nav-item}s as {@link com.vaadin.flow.component.sidenav.SideNavItem} draws, but no
     * component, state node and synchronised property per entry and per icon in every session (about 17 kB
     * a session). The items need nothing from the server: each is a link the router follows, and the web
     * component marks the current one itself.
     */
    private Component menu() {
        var nav = markup("vaadin-side-nav").addClass("vn-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // Relative to the page's base, as SideNavItem writes it: right under any context path too.
            var item = nav.appendElement("vaadin-side-nav-item").attr("path", entry.path().replaceFirst("^/", ""));
            if (entry.icon() != null) {
                item.appendElement("vaadin-icon").attr("slot", "prefix").attr("icon", entry.icon());
            }
            // The label in a span of its own: the item's label slot never wraps (white-space: nowrap inside
            // its shadow root) and cut the longer French entries with "…"; the span may wrap (app.css).
            item.appendElement("span").addClass("vn-menu-label").text(getTranslation(entry.title()));
        }
        return new Html(nav.outerHtml());
    }

    private Component userPanel() {
        var panel = new Div();
        panel.addClassName("vn-user-panel");
        users.currentUser().ifPresent(user -> {
            var avatar = new Avatar(user.displayName());
            avatar.setColorIndex(2);
            var who = markup("div").addClass("vn-user-who");
            who.appendElement("span").addClass("vn-user-name").text(user.displayName());
            String roleText = getTranslation(user.roleKey());
            who.appendElement("span").addClass("vn-user-role")
                    .text(user.teamName() == null ? roleText : roleText + " · " + user.teamName());
            var identity = new Div(avatar, new Html(who.outerHtml()));
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
