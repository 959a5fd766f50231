package org.vangnet.advice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.vangnet.advice.AdviceService;
import org.vangnet.advice.AdviceStepDetails;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.Roles;

/** Administrators keep the advice steps: their titles and client texts in three languages, and whether they are used. */
@Route("admin/advice")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.admin.advice", order = 86, icon = "vaadin:check-square-o")
class AdviceStepsView extends VerticalLayout implements HasDynamicTitle {

    private final AdviceService advice;
    private final Grid<AdviceStepDetails> grid = new Grid<>(AdviceStepDetails.class, false);

    AdviceStepsView(AdviceService advice) {
        this.advice = advice;
        setSizeFull();
        grid.addColumn(s -> s.harm() == null ? getTranslation("advice.harm.any")
                : getTranslation("case.harm." + s.harm().name())).setHeader(getTranslation("advice.harm"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.title(getLocale())).setHeader(getTranslation("advice.title")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.active() ? "directory.active" : "directory.inactive"))
                .setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> advice.steps(pageable).getContent());
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        add(grid);
    }

    private void edit(AdviceStepDetails step) {
        var dialog = new Dialog(step.title(getLocale()));
        dialog.setWidth("min(60rem, 95vw)");
        var titleNl = field("advice.title.nl", step.titleNl());
        var titleFr = field("advice.title.fr", step.titleFr());
        var titleEn = field("advice.title.en", step.titleEn());
        var textNl = area("advice.text.nl", step.textNl());
        var textFr = area("advice.text.fr", step.textFr());
        var textEn = area("advice.text.en", step.textEn());
        var openItem = new Checkbox(getTranslation("advice.open-item-flag"), step.openItem());
        var active = new Checkbox(getTranslation("directory.active"), step.active());
        dialog.add(new FormLayout(titleNl, textNl, titleFr, textFr, titleEn, textEn, openItem, active));
        var details = new DomainForm<>(this, AdviceStepDetails.class)
                .fixed("id", step.id())
                .fixed("version", step.version())
                .fixed("code", step.code())
                .fixed("harm", step.harm())
                .fixed("audience", step.audience())
                .fixed("sortOrder", step.sortOrder())
                .bind("titleNl", titleNl)
                .bind("titleFr", titleFr)
                .bind("titleEn", titleEn)
                .bind("textNl", textNl)
                .bind("textFr", textFr)
                .bind("textEn", textEn)
                .bind("openItem", openItem)
                .bind("active", active);
        DialogActions.cancelAnd(dialog, new Button(getTranslation("action.save"), click -> details.submit(typed -> {
            advice.update(typed);
            FormErrors.notifySuccess(getTranslation("case.saved"));
            dialog.close();
            grid.getDataProvider().refreshAll();
        })));
        dialog.open();
    }

    private TextField field(String key, String value) {
        var field = new TextField(getTranslation(key), value, "");
        field.setWidthFull();
        return field;
    }

    private TextArea area(String key, String value) {
        var area = new TextArea(getTranslation(key));
        area.setValue(value == null ? "" : value);
        area.setWidthFull();
        return area;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.advice");
    }
}
