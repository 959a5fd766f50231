package org.vangnet.sextortion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Comparator;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.Formats;
import org.vangnet.sextortion.ContactView;
import org.vangnet.sextortion.Currencies;
import org.vangnet.sextortion.ExtorterView;
import org.vangnet.sextortion.RecoveryEntry;
import org.vangnet.sextortion.RecoveryOutcome;
import org.vangnet.sextortion.RecoveryView;
import org.vangnet.base.time.HelplineZone;

/**
 * A payment reported to the bank or transfer service to get it back, or its outcome later. A new
 * report starts from the last payment logged with this extorter's contacts.
 */
class RecoveryDialog extends Dialog {

    private final DatePicker reportedOn = new DatePicker();
    private final TextField institution = new TextField();
    private final TextField reference = new TextField();
    private final BigDecimalField amount = new BigDecimalField();
    private final Select<String> currency = new Select<>();
    private final Select<RecoveryOutcome> outcome = new Select<>();
    private final BigDecimalField recovered = new BigDecimalField();

    RecoveryDialog(Long caseId, ExtorterView extorter, RecoveryView existing, SextortionServices services,
                   Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "sextortion.recovery.report" : "sextortion.recovery.edit"));
        LocalDate today = services.clock().instant().atZone(HelplineZone.ZONE).toLocalDate();
        reportedOn.setLabel(getTranslation("sextortion.recovery.reported-on"));
        Formats.localised(reportedOn, getLocale());
        reportedOn.setMax(today);
        institution.setLabel(getTranslation("sextortion.recovery.institution"));
        institution.setHelperText(getTranslation("sextortion.recovery.institution.help"));
        reference.setLabel(getTranslation("sextortion.recovery.reference"));
        amount.setLabel(getTranslation("sextortion.recovery.amount"));
        currency.setLabel(getTranslation("sextortion.currency"));
        currency.setItems(Currencies.COMMON);
        outcome.setLabel(getTranslation("sextortion.recovery.outcome"));
        outcome.setItems(RecoveryOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("sextortion.recovery.outcome." + o.name()));
        recovered.setLabel(getTranslation("sextortion.recovery.recovered"));

        if (existing == null) {
            reportedOn.setValue(today);
            outcome.setValue(RecoveryOutcome.PENDING);
            currency.setValue(Currencies.DEFAULT);
            extorter.contacts().stream().filter(ContactView::paid)
                    .max(Comparator.comparing(ContactView::occurredAt)).ifPresent(last -> {
                        amount.setValue(last.paidAmount());
                        currency.setValue(withItem(last.paidCurrency()));
                    });
        } else {
            reportedOn.setValue(existing.reportedOn());
            institution.setValue(existing.institution());
            reference.setValue(existing.reference() == null ? "" : existing.reference());
            amount.setValue(existing.amount());
            currency.setValue(withItem(existing.currency()));
            outcome.setValue(existing.outcome());
            recovered.setValue(existing.recovered());
        }
        outcome.addValueChangeListener(e -> adapt());
        adapt();

        var form = new FormLayout(reportedOn, institution, reference, amount, currency, outcome, recovered);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setMaxWidth("36rem");
        add(form);
        var entry = new DomainForm<>(this, RecoveryEntry.class)
                .bind("reportedOn", reportedOn)
                .text("institution", institution, RecoveryEntry.MAX_INSTITUTION)
                .text("reference", reference, RecoveryEntry.MAX_REFERENCE)
                .bind("amount", amount)
                .bind("currency", currency)
                .bind("outcome", outcome)
                // Only an outcome with money back has a sum recovered; a hidden field says nothing.
                .bind("recovered", recovered, sum -> recovered.isVisible() ? sum : null, sum -> sum);
        DialogActions.cancelAnd(this, new Button(getTranslation("action.save"), click -> entry.submit(typed -> {
            if (existing == null) {
                services.recoveries().report(caseId, extorter.id(), typed);
            } else {
                services.recoveries().change(caseId, existing.id(), existing.version(), typed);
            }
            close();
            onSaved.run();
        })));
    }

    private void adapt() {
        recovered.setVisible(outcome.getValue() != null && outcome.getValue().recoveredMoney());
    }

    private String withItem(String code) {
        if (!Currencies.COMMON.contains(code)) {
            var items = new java.util.ArrayList<>(Currencies.COMMON);
            items.add(code);
            currency.setItems(items);
        }
        return code;
    }
}
