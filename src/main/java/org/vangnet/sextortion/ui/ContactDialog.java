package org.vangnet.sextortion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.Formats;
import org.vangnet.sextortion.Advice;
import org.vangnet.sextortion.ContactEntry;
import org.vangnet.sextortion.ContactView;
import org.vangnet.sextortion.Currencies;
import org.vangnet.sextortion.Demand;
import org.vangnet.sextortion.PaymentMethod;
import org.vangnet.sextortion.Platform;
import org.vangnet.base.time.HelplineZone;

/**
 * Logs a contact of the extorter, or corrects one (then against the version it was loaded with).
 * Times are entered in the helpline's time zone.
 */
class ContactDialog extends Dialog {

    private final DateTimePicker occurredAt = new DateTimePicker();
    private final Select<Platform> channel = new Select<>();
    private final TextField channelOther = new TextField();
    private final CheckboxGroup<Demand> demands = new CheckboxGroup<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final Select<String> currency = new Select<>();
    private final DateTimePicker deadline = new DateTimePicker();
    private final TextArea threat = new TextArea();
    private final Checkbox paid = new Checkbox();
    private final BigDecimalField paidAmount = new BigDecimalField();
    private final Select<String> paidCurrency = new Select<>();
    private final Select<PaymentMethod> paymentMethod = new Select<>();
    private final CheckboxGroup<Advice> advice = new CheckboxGroup<>();

    ContactDialog(Long caseId, Long extorterId, ContactView existing, SextortionServices services, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "sextortion.contact.log" : "sextortion.contact.edit"));
        LocalDateTime now = LocalDateTime.ofInstant(services.clock().instant(), HelplineZone.ZONE);
        occurredAt.setLabel(getTranslation("sextortion.contact.occurred-at"));
        Formats.localised(occurredAt, getLocale());
        occurredAt.setMax(now.plusMinutes(5));
        channel.setLabel(getTranslation("sextortion.contact.channel"));
        channel.setItems(Platform.values());
        channel.setItemLabelGenerator(p -> getTranslation("sextortion.channel." + p.name()));
        channelOther.setLabel(getTranslation("sextortion.contact.channel-other"));
        demands.setLabel(getTranslation("sextortion.contact.demands"));
        demands.setItems(Demand.values());
        demands.setItemLabelGenerator(d -> getTranslation("sextortion.demand." + d.name()));
        amount.setLabel(getTranslation("sextortion.contact.amount"));
        // Always there (#16 point 7): a counsellor hearing an amount should not first have to find the tick
        // that reveals its field; the domain refuses an amount without a money demand, next to the field.
        amount.setHelperText(getTranslation("sextortion.contact.amount.help"));
        amount.setId("contact-amount");
        currency.setLabel(getTranslation("sextortion.currency"));
        currency.setItems(Currencies.COMMON);
        deadline.setLabel(getTranslation("sextortion.contact.deadline"));
        deadline.setHelperText(getTranslation("sextortion.contact.deadline.help"));
        Formats.localised(deadline, getLocale());
        threat.setLabel(getTranslation("sextortion.contact.threat"));
        threat.setHelperText(getTranslation("sextortion.contact.threat.help"));
        paid.setLabel(getTranslation("sextortion.contact.paid"));
        paidAmount.setLabel(getTranslation("sextortion.contact.paid-amount"));
        paidCurrency.setLabel(getTranslation("sextortion.currency"));
        paidCurrency.setItems(Currencies.COMMON);
        paymentMethod.setLabel(getTranslation("sextortion.contact.payment-method"));
        paymentMethod.setItems(PaymentMethod.values());
        paymentMethod.setItemLabelGenerator(m -> m == null ? "" : getTranslation("sextortion.payment-method." + m.name()));
        advice.setLabel(getTranslation("sextortion.contact.advice"));
        advice.setItems(Advice.values());
        advice.setItemLabelGenerator(a -> getTranslation("sextortion.advice." + a.name()));

        var entry = new DomainForm<>(this, ContactEntry.class)
                .bind("occurredAt", occurredAt, ContactDialog::instant, ContactDialog::local)
                .bind("channel", channel)
                .text("channelOther", channelOther, ContactEntry.MAX_CHANNEL_OTHER)
                .bind("demands", demands)
                .bind("amount", amount)
                .bind("currency", currency)
                .bind("deadline", deadline, ContactDialog::instant, ContactDialog::local)
                .text("threat", threat, ContactEntry.MAX_THREAT)
                .bind("paid", paid)
                .bind("paidAmount", paidAmount)
                .bind("paidCurrency", paidCurrency)
                .bind("paymentMethod", paymentMethod)
                .bind("advice", advice);
        fill(existing, now);
        channel.addValueChangeListener(e -> adapt());
        paid.addValueChangeListener(e -> adapt());
        demands.addValueChangeListener(e -> adapt());
        adapt();

        var form = new FormLayout(occurredAt, channel, channelOther, demands, amount, currency, deadline, threat, paid,
                paidAmount, paidCurrency, paymentMethod, advice);
        form.setColspan(demands, 2);
        form.setColspan(threat, 2);
        form.setColspan(paid, 2);
        form.setColspan(advice, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setMaxWidth("40rem");
        add(form);

        DialogActions.cancelAnd(this, new Button(getTranslation("sextortion.contact.save"),
                click -> entry.submit(typed -> {
                    if (existing == null) {
                        services.contacts().log(caseId, extorterId, typed);
                    } else {
                        services.contacts().change(caseId, existing.id(), existing.version(), typed);
                    }
                    close();
                    onSaved.run();
                })));
    }

    private void fill(ContactView existing, LocalDateTime now) {
        if (existing == null) {
            occurredAt.setValue(now.withSecond(0).withNano(0));
            currency.setValue(Currencies.DEFAULT);
            paidCurrency.setValue(Currencies.DEFAULT);
            return;
        }
        occurredAt.setValue(local(existing.occurredAt()));
        channel.setValue(existing.channel());
        channelOther.setValue(existing.channelOther() == null ? "" : existing.channelOther());
        demands.setValue(existing.demands());
        amount.setValue(existing.amount());
        currency.setValue(existing.currency() == null ? Currencies.DEFAULT : known(existing.currency(), currency));
        deadline.setValue(local(existing.deadline()));
        threat.setValue(existing.threat() == null ? "" : existing.threat());
        paid.setValue(existing.paid());
        paidAmount.setValue(existing.paidAmount());
        paidCurrency.setValue(existing.paidCurrency() == null ? Currencies.DEFAULT
                : known(existing.paidCurrency(), paidCurrency));
        paymentMethod.setValue(existing.paymentMethod());
        advice.setValue(existing.advice());
    }

    /** Shows only the fields that belong to what was chosen. */
    private void adapt() {
        channelOther.setVisible(channel.getValue() == Platform.OTHER);
        boolean hasPaid = paid.getValue();
        paidAmount.setVisible(hasPaid);
        paidCurrency.setVisible(hasPaid);
        paymentMethod.setVisible(hasPaid);
    }

    /** A currency stored earlier that is not in the list is added to it, so it is shown rather than lost. */
    private static String known(String code, Select<String> select) {
        if (!Currencies.COMMON.contains(code)) {
            var items = new java.util.ArrayList<>(Currencies.COMMON);
            items.add(code);
            select.setItems(items);
        }
        return code;
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(HelplineZone.ZONE).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, HelplineZone.ZONE);
    }
}
