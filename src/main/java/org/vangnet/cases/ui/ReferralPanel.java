package org.vangnet.cases.ui;

import static org.vangnet.base.ui.Formats.date;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.Partner;
import org.vangnet.cases.ReferralService;
import org.vangnet.cases.ReferralStatus;
import org.vangnet.cases.ReferralView;

/** Referrals to partner organisations, and what came of them. */
class ReferralPanel extends VerticalLayout {

    private final Long caseId;
    private final ReferralService referrals;
    private final Runnable onChanged;
    private final LocalDate today;
    private final Div rows = new Div();

    /** The list follows every change to the case; the referral being entered stays. */
    ReferralPanel(OpenCase openCase, LocalDate today, ReferralService referrals) {
        this.caseId = openCase.id();
        this.referrals = referrals;
        this.onChanged = openCase::changed;
        boolean minorInvolved = openCase.details().minorInvolved();
        openCase.onChange(now -> render());
        this.today = today;
        setPadding(false);

        var partner = new Select<Partner>();
        partner.setLabel(getTranslation("referral.partner"));
        partner.setItems(Partner.values());
        partner.setItemLabelGenerator(p -> getTranslation("partner." + p.name()));
        partner.setValue(minorInvolved ? Partner.CHILD_FOCUS : Partner.EQUALITY_INSTITUTE);
        var otherName = new TextField(getTranslation("referral.other-name"));
        otherName.setMaxLength(100);
        var status = new Select<ReferralStatus>();
        status.setLabel(getTranslation("referral.status"));
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("referral.status." + s.name()));
        status.setValue(ReferralStatus.SUGGESTED);
        var date = new DatePicker(getTranslation("referral.date"), today);
        date.setLocale(getLocale());
        Map<String, HasValidation> fields = Map.of("partner", partner, "otherName", otherName, "status", status,
                "date", date);
        var add = new Button(getTranslation("referral.add"), click -> {
            FormErrors.tryChange(this, fields, () -> {
                referrals.refer(caseId, partner.getValue(), otherName.getValue(), status.getValue(), date.getValue());
                otherName.clear();
                onChanged.run();
            });
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(partner, otherName, status, date, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(rows, new H3(getTranslation("referral.new")), form);
        render();
    }

    private void render() {
        rows.removeAll();
        var list = referrals.list(caseId);
        if (list.isEmpty()) {
            rows.add(new Span(getTranslation("referral.none")));
        }
        for (ReferralView referral : list) {
            String name = getTranslation("partner." + referral.partner().name())
                    + (referral.otherName() == null ? "" : " · " + referral.otherName());
            var label = new Span(name);
            label.addClassName("vn-consent-name");
            var state = new Select<ReferralStatus>();
            state.setAriaLabel(getTranslation("referral.status"));
            state.setItems(ReferralStatus.values());
            state.setItemLabelGenerator(s -> getTranslation("referral.status." + s.name()));
            state.setValue(referral.status());
            var when = new Span(date(referral.date(), getLocale()));
            when.addClassName("vn-muted");
            state.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    referrals.changeStatus(caseId, referral.id(), referral.version(), e.getValue(), today);
                    onChanged.run();
                } catch (DomainException ex) {
                    FormErrors.notifyError(getTranslation(ex.messageKey(), ex.arguments()));
                }
            });
            var row = new HorizontalLayout(label, state, when);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("vn-consent-row");
            rows.add(row);
        }
    }
}
