package org.vangnet.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.vangnet.base.ui.Formats;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.EmergencyAccess;
import org.vangnet.cases.EmergencyAccessService;
import org.vangnet.security.Roles;

/**
 * The supervisors' review of break-the-glass openings of their team's cases (decision 022): who,
 * which case, why, until when. Each stays here until a supervisor marks it reviewed.
 */
@Route("cases/emergency-access")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "menu.emergency-review", order = 12, icon = "vaadin:unlock")
class EmergencyAccessReviewView extends VerticalLayout implements HasDynamicTitle {

    EmergencyAccessReviewView(EmergencyAccessService emergency) {
        setSizeFull();
        var grid = new Grid<EmergencyAccess>();
        grid.addColumn(a -> Formats.shortDateTime(a.openedAt(), getLocale())).setHeader(getTranslation("emergency.opened-at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EmergencyAccess::openedBy).setHeader(getTranslation("emergency.opened-by")).setAutoWidth(true);
        grid.addComponentColumn(a -> CaseNavigation.link(a.caseId(), a.caseReference()))
                .setHeader(getTranslation("emergency.case")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EmergencyAccess::reason).setHeader(getTranslation("emergency.reason")).setFlexGrow(1);
        grid.addColumn(a -> Formats.shortDateTime(a.expiresAt(), getLocale())).setHeader(getTranslation("emergency.until"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> {
            var reviewed = new Button(getTranslation("emergency.mark-reviewed"), click -> {
                if (FormErrors.tryAction(this, () -> emergency.markReviewed(a.id(), a.version()))) {
                    grid.getDataProvider().refreshAll();
                }
            });
            reviewed.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return reviewed;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> emergency.toReview(pageable).getContent());
        grid.setEmptyStateText(getTranslation("emergency.none-to-review"));
        add(new H2(getTranslation("menu.emergency-review")), new Paragraph(getTranslation("emergency.review-intro")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.emergency-review");
    }
}
