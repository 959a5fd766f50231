package org.vangnet.cases.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.RetentionService;
import org.vangnet.cases.RetentionSettingsView;
import org.vangnet.security.Roles;
import org.vangnet.security.ui.StepUpGuard;

/**
 * Administrators set how long a closed case keeps its personal data. They see how many cases a
 * period concerns, never which; a shorter period that would pseudonymise more cases at the next
 * nightly run asks for confirmation first, naming the number.
 */
@Route("admin/retention")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.admin.retention", order = 84, icon = "vaadin:hourglass")
class RetentionView extends VerticalLayout implements HasDynamicTitle {

    /** How long a closed case keeps its details, by the name the domain uses. */
    public record Retention(Integer months) {
    }

    private final RetentionService retention;
    private final IntegerField months = new IntegerField();
    private final DomainForm<Retention> form = new DomainForm<>(this, Retention.class).bind("months", months);
    private final Paragraph status = new Paragraph();
    private final Paragraph evidenceCheck = new Paragraph();
    private RetentionSettingsView current;

    private final StepUpGuard stepUp;

    RetentionView(RetentionService retention, StepUpGuard stepUp) {
        this.retention = retention;
        this.stepUp = stepUp;
        addClassName("vn-form-view");
        setMaxWidth("48rem");
        months.setLabel(getTranslation("retention.months"));
        months.setWidth("12rem");
        var save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.addClassName("vn-muted");
        add(new Paragraph(getTranslation("retention.explanation")),
                new Paragraph(getTranslation("retention.what-stays")), months, new HorizontalLayout(save), status,
                evidenceCheck);
        load();
    }

    private void load() {
        current = retention.settings();
        months.setValue(current.closedCaseMonths());
        months.setHelperText(getTranslation("retention.months.help", current.minMonths(), current.maxMonths()));
        months.setInvalid(false);
        status.setText(getTranslation("retention.status", dateTime(current.updatedAt(), getLocale()),
                current.updatedBy(), current.dueNow(), current.pseudonymised()));
        var check = retention.lastEvidenceCheck();
        evidenceCheck.setText(check
                .map(last -> getTranslation("retention.evidence-check", dateTime(last.checkedAt(), getLocale()),
                        last.filesRemoved(), last.filesMissing()))
                .orElse(getTranslation("retention.evidence-check.never")));
        // Files that are gone need someone to act: shown as a problem, not as a mere figure.
        evidenceCheck.setClassName("vn-field-error", check.map(last -> last.filesMissing() > 0).orElse(false));
    }

    private void save() {
        form.submit(typed -> {
            long due = retention.dueWith(typed.months());
            if (due > current.dueNow()) {
                confirm(typed.months(), due);
            } else {
                stepUp.run(() -> change(typed.months()));
            }
        });
    }

    private void confirm(Integer wanted, long due) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("retention.confirm.title"));
        dialog.setText(getTranslation("retention.confirm.text", wanted, due));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("retention.confirm.action"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> stepUp.run(() -> change(wanted)));
        dialog.open();
    }

    private void change(Integer wanted) {
        try {
            retention.change(current.version(), wanted);
            FormErrors.notifySuccess(getTranslation("retention.saved"));
            load();
        } catch (DomainException e) {
            form.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.retention");
    }
}
