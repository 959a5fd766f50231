package org.vangnet.takedowns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.Roles;
import org.vangnet.takedowns.PlatformCatalogue;
import org.vangnet.takedowns.PlatformDetails;
import org.vangnet.takedowns.ReportRoute;

/** Administrators keep the platform catalogue current: routes, limits, who may report, the guidance in three languages. */
@Route("admin/platforms")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.admin.platforms", order = 83, icon = "vaadin:globe")
class PlatformsView extends VerticalLayout implements HasDynamicTitle {

    private final PlatformCatalogue catalogue;
    private final Grid<PlatformDetails> grid = new Grid<>(PlatformDetails.class, false);

    PlatformsView(PlatformCatalogue catalogue) {
        this.catalogue = catalogue;
        setSizeFull();
        addClassName("vn-list-view");
        grid.addColumn(PlatformDetails::name).setHeader(getTranslation("takedown.platform")).setAutoWidth(true);
        grid.addColumn(p -> p.routes().stream().map(r -> getTranslation("takedown.route." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("platforms.routes")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.active() ? "platforms.active" : "platforms.inactive"))
                .setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> catalogue.find("", true, pageable).getContent());
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        add(grid);
    }

    private void edit(PlatformDetails platform) {
        var dialog = new Dialog(platform.name());
        dialog.setWidth("min(60rem, 95vw)");
        var name = new TextField(getTranslation("platforms.name"));
        name.setValue(platform.name());
        var routes = new CheckboxGroup<ReportRoute>(getTranslation("platforms.routes"));
        routes.setItems(ReportRoute.values());
        routes.setItemLabelGenerator(r -> getTranslation("takedown.route." + r.name()));
        routes.setValue(platform.routes());
        var maxItems = new IntegerField(getTranslation("platforms.max-items"));
        maxItems.setValue(platform.maxItemsPerReport());
        var language = new TextField(getTranslation("platforms.language"));
        language.setValue(platform.reportLanguage() == null ? "" : platform.reportLanguage());
        var url = new TextField(getTranslation("platforms.url"));
        url.setValue(platform.reportUrl() == null ? "" : platform.reportUrl());
        var whoNl = area("platforms.who.nl", platform.whoMayReportNl());
        var whoFr = area("platforms.who.fr", platform.whoMayReportFr());
        var whoEn = area("platforms.who.en", platform.whoMayReportEn());
        var guidanceNl = area("platforms.guidance.nl", platform.guidanceNl());
        var guidanceFr = area("platforms.guidance.fr", platform.guidanceFr());
        var guidanceEn = area("platforms.guidance.en", platform.guidanceEn());
        var active = new Checkbox(getTranslation("platforms.active"), platform.active());
        var form = new FormLayout(name, maxItems, language, url, routes, whoNl, whoFr, whoEn, guidanceNl, guidanceFr,
                guidanceEn, active);
        form.setColspan(routes, 2);
        dialog.add(form);
        var details = new DomainForm<>(this, PlatformDetails.class)
                .fixed("id", platform.id())
                .fixed("version", platform.version())
                .fixed("code", platform.code())
                .bind("name", name)
                .fixed("profile", platform.profile())
                .bind("routes", routes)
                .bind("maxItemsPerReport", maxItems)
                .bind("reportLanguage", language)
                .bind("reportUrl", url)
                .bind("whoMayReportNl", whoNl)
                .bind("whoMayReportFr", whoFr)
                .bind("whoMayReportEn", whoEn)
                .bind("guidanceNl", guidanceNl)
                .bind("guidanceFr", guidanceFr)
                .bind("guidanceEn", guidanceEn)
                .bind("active", active)
                // The domain says "maxItems" and "whoNl"...: shorter than the record's names.
                .showsOn(refused -> switch (refused) {
                    case "maxItems" -> maxItems;
                    case "whoNl" -> whoNl;
                    case "whoFr" -> whoFr;
                    case "whoEn" -> whoEn;
                    default -> null;
                });
        DialogActions.cancelAnd(dialog, new Button(getTranslation("action.save"), click -> details.submit(typed -> {
            catalogue.update(typed);
            FormErrors.notifySuccess(getTranslation("case.saved"));
            dialog.close();
            grid.getDataProvider().refreshAll();
        })));
        dialog.open();
    }

    private TextArea area(String labelKey, String value) {
        var area = new TextArea(getTranslation(labelKey));
        area.setValue(value == null ? "" : value);
        area.setWidthFull();
        return area;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.platforms");
    }
}
