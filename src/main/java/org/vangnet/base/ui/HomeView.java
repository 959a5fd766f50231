package org.vangnet.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * The landing page after sign-in: a greeting and the routes every counsellor needs within reach,
 * minors and adults apart, as the helplines' leaflets give them.
 */
@Route("")
@PermitAll
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String LANDED = HomeView.class.getName() + ".landed";

    private final List<LandingPage> landingPages;

    HomeView(ShellUserService users, List<LandingPage> landingPages, List<HomeSection> sections) {
        this.landingPages = landingPages;
        addClassName("vn-home");
        setPadding(true);
        String name = users.currentUser().map(ShellUser::displayName).orElse("");
        var greeting = new H2(getTranslation("home.greeting", name));
        var intro = new Paragraph(getTranslation("home.intro"));
        add(greeting, intro, routes());
        sections.stream().sorted(java.util.Comparator.comparingInt(HomeSection::order)).map(HomeSection::create)
                .filter(java.util.Objects::nonNull).forEach(this::add);
    }

    private Div routes() {
        var minors = card("home.minors.title", "home.minors.child-focus", "home.minors.take-it-down",
                "home.minors.no-images");
        var adults = card("home.adults.title", "home.adults.institute", "home.adults.stopncii",
                "home.adults.no-pin");
        var sextortion = card("home.sextortion.title", "home.sextortion.no-pay", "home.sextortion.evidence",
                "home.sextortion.block");
        var grid = new Div(minors, adults, sextortion);
        grid.addClassName("vn-card-grid");
        return grid;
    }

    private Div card(String titleKey, String... lineKeys) {
        var list = new UnorderedList();
        for (String key : lineKeys) {
            list.add(new ListItem(getTranslation(key)));
        }
        var card = new Div(new H3(getTranslation(titleKey)), list);
        card.addClassName("vn-card");
        return card;
    }

    /**
     * The first page load of a session (right after signing in) goes to the user's work list when
     * a module offers one; choosing "Home" in the menu later shows this page.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = VaadinSession.getCurrent();
        if (event.getTrigger() != NavigationTrigger.PAGE_LOAD || session == null
                || session.getAttribute(LANDED) != null) {
            return;
        }
        session.setAttribute(LANDED, Boolean.TRUE);
        landingPages.stream().map(LandingPage::route).flatMap(Optional::stream).findFirst()
                .ifPresent(event::forwardTo);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
