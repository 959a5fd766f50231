package org.vangnet.audit.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.router.RouterLink;
import org.vangnet.audit.AuditChainService;
import org.vangnet.audit.AuditEventRow;
import org.vangnet.base.ui.GridText;
import org.vangnet.audit.AuditQueryService;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.security.Roles;

/** Administrators read the trail: who did what to which object, newest first. It holds no personal data. */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.admin.audit", order = 82, icon = "vaadin:records")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    AuditView(AuditQueryService audit, AuditChainService chain) {
        setSizeFull();
        addClassName("vn-list-view");
        // The alarm of decision 030: a broken chain shows where administrators look first.
        chain.latest().filter(report -> !report.intact()).ifPresent(report -> {
            var alarm = new RouterLink(getTranslation("auditchain.alarm"), AuditChainView.class);
            alarm.setId("audit-chain-alarm");
            alarm.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
            add(alarm);
        });
        var actor = new TextField();
        actor.setLabel(getTranslation("audit.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        var action = new Select<AuditAction>();
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.action.all"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.action.all")
                : getTranslation("audit.action." + a.name()));

        var grid = new Grid<AuditEventRow>(AuditEventRow.class, false);
        grid.addColumn(row -> dateTime(row.occurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEventRow::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(row -> row.actorRole() == null ? "" : getTranslation("role." + row.actorRole()))
                .setHeader(getTranslation("user.role")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("audit.action." + row.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(row -> AuditTexts.object(this, row.objectType(), row.objectId()))
                .setHeader(getTranslation("audit.object")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("audit.outcome." + row.outcome())).setHeader(getTranslation("audit.outcome"))
                .setAutoWidth(true);
        GridText.wrapping(grid.addColumn(this::detail).setHeader(getTranslation("audit.detail"))
                .setWidth("14rem").setFlexGrow(1),
                this::detail);
        grid.addColumn(row -> row.clientAddress() == null ? "" : row.clientAddress())
                .setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(pageable -> audit.find(actor.getValue(), action.getValue(), pageable).getContent());
        grid.setSizeFull();

        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new HorizontalLayout(actor, action), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.audit");
    }

    private String detail(AuditEventRow row) {
        return AuditTexts.detail(this, row.objectType(), row.detail());
    }
}
