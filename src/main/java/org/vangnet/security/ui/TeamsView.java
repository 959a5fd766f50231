package org.vangnet.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.Roles;
import org.vangnet.security.TeamService;
import org.vangnet.security.TeamSummary;

/** Administrators keep the list of helpline teams. */
@Route("admin/teams")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.admin.teams", order = 81, icon = "vaadin:group")
class TeamsView extends VerticalLayout implements HasDynamicTitle {

    /** A team's name, by the name the domain uses for it. */
    public record TeamName(String name) {
    }

    private final TeamService teams;
    private final StepUpGuard stepUp;
    private final Grid<TeamSummary> grid = new Grid<>(TeamSummary.class, false);

    TeamsView(TeamService teams, StepUpGuard stepUp) {
        this.teams = teams;
        this.stepUp = stepUp;
        setSizeFull();
        addClassName("vn-list-view");
        var create = new Button(getTranslation("teams.new"), VaadinIcon.PLUS.create(), click -> openDialog(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(TeamSummary::name).setHeader(getTranslation("team.name")).setSortProperty("name")
                .setFlexGrow(2);
        grid.addColumn(TeamSummary::activeMembers).setHeader(getTranslation("team.members"));
        grid.addComponentColumn(team -> {
            var edit = new Button(VaadinIcon.EDIT.create(), click -> openDialog(team));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            edit.setAriaLabel(getTranslation("teams.rename"));
            edit.setTooltipText(getTranslation("teams.rename"));
            return edit;
        }).setHeader(getTranslation("users.actions")).setFlexGrow(0).setAutoWidth(true);
        grid.setItemsPageable(pageable -> teams.find("", pageable).getContent());
        grid.setSizeFull();
        var toolbar = new HorizontalLayout(create);
        add(toolbar, grid);
    }

    private void openDialog(TeamSummary team) {
        var dialog = new Dialog(getTranslation(team == null ? "teams.new" : "teams.rename"));
        var name = new TextField(getTranslation("team.name"));
        name.setWidthFull();
        var named = new DomainForm<>(this, TeamName.class).text("name", name, TeamService.MAX_NAME);
        if (team != null) {
            name.setValue(team.name());
        }
        DialogActions.cancelAnd(dialog, new Button(getTranslation("action.save"), click -> stepUp.run(
                () -> named.submit(typed -> {
                    if (team == null) {
                        teams.create(typed.name());
                    } else {
                        teams.rename(team.id(), team.version(), typed.name());
                    }
                    FormErrors.notifySuccess(getTranslation("teams.saved"));
                    grid.getDataProvider().refreshAll();
                    dialog.close();
                }))));
        dialog.add(name);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.teams");
    }
}
