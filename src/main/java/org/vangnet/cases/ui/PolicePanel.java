package org.vangnet.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.AggravatingCircumstance;
import org.vangnet.cases.ComplaintWish;
import org.vangnet.cases.PoliceComplaintService;
import org.vangnet.cases.PoliceComplaintView;
import org.vangnet.cases.ProsecutorOutcome;
import org.vangnet.base.ui.Formats;

/** The police complaint: whether the client wants one (not wanting one is fine), and what became of it. */
class PolicePanel extends VerticalLayout {

    /**
     * The complaint as typed, by the names the domain uses for them ({@code PoliceComplaintView} less
     * its version, which the form keeps; that record has two constructors, the binder needs one).
     */
    public record Complaint(ComplaintWish wish, LocalDate filedOn, String policeZone, String recordNumber,
                            ProsecutorOutcome prosecutorOutcome, String notes,
                            Set<AggravatingCircumstance> aggravating) {
    }

    private final Long caseId;
    private final PoliceComplaintService complaints;
    private final Runnable onChanged;
    private final RadioButtonGroup<ComplaintWish> wish = new RadioButtonGroup<>();
    private final DatePicker filedOn = new DatePicker();
    private final TextField zone = new TextField();
    private final TextField record = new TextField();
    private final Select<ProsecutorOutcome> outcome = new Select<>();
    private final TextArea notes = new TextArea();
    private final CheckboxGroup<AggravatingCircumstance> aggravating = new CheckboxGroup<>();
    private final DomainForm<Complaint> complaint = new DomainForm<>(this, Complaint.class);
    private PoliceComplaintView loaded;

    /**
     * The complaint changes only through this tab (or by erasing the case, which draws the whole case
     * file again), so a change elsewhere needs no new read here and cannot touch what is being typed.
     */
    PolicePanel(OpenCase openCase, LocalDate today, PoliceComplaintService complaints) {
        this.caseId = openCase.id();
        this.complaints = complaints;
        this.onChanged = openCase::changed;
        setPadding(false);
        var intro = new Paragraph(getTranslation("complaint.intro"));
        intro.addClassName("vn-muted");
        wish.setLabel(getTranslation("complaint.wish"));
        wish.setItems(ComplaintWish.values());
        wish.setItemLabelGenerator(w -> getTranslation("complaint.wish." + w.name()));
        filedOn.setLabel(getTranslation("complaint.filed-on"));
        filedOn.setMax(today);
        Formats.localised(filedOn, getLocale());
        zone.setLabel(getTranslation("complaint.zone"));
        record.setLabel(getTranslation("complaint.record-number"));
        record.setHelperText(getTranslation("complaint.record-number.help"));
        outcome.setLabel(getTranslation("complaint.outcome"));
        outcome.setItems(ProsecutorOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("prosecutor." + o.name()));
        notes.setLabel(getTranslation("complaint.notes"));
        // The institute's guide: tell the police when these apply, they can make the sentence heavier.
        aggravating.setLabel(getTranslation("complaint.aggravating"));
        aggravating.setHelperText(getTranslation("complaint.aggravating.help"));
        aggravating.setItems(AggravatingCircumstance.values());
        aggravating.setItemLabelGenerator(a -> getTranslation("complaint.aggravating." + a.name()));
        aggravating.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        var form = new FormLayout(wish, filedOn, zone, record, outcome, aggravating, notes);
        form.setColspan(wish, 2);
        form.setColspan(aggravating, 2);
        form.setColspan(notes, 2);
        complaint.bind("wish", wish)
                .bind("filedOn", filedOn)
                .text("policeZone", zone, PoliceComplaintView.MAX_ZONE)
                .text("recordNumber", record, PoliceComplaintView.MAX_RECORD)
                .bind("prosecutorOutcome", outcome)
                .text("notes", notes, PoliceComplaintView.MAX_NOTES)
                .bind("aggravating", aggravating);
        var save = new Button(getTranslation("action.save"), click -> complaint.submit(typed -> {
            complaints.save(caseId, new PoliceComplaintView(loaded.version(), typed.wish(), typed.filedOn(),
                    typed.policeZone(), typed.recordNumber(), typed.prosecutorOutcome(), typed.notes(),
                    typed.aggravating()));
            FormErrors.notifySuccess(getTranslation("case.saved"));
            load();
            onChanged.run();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(intro, form, save);
        load();
    }

    private void load() {
        loaded = complaints.get(caseId);
        complaint.read(new Complaint(loaded.wish(), loaded.filedOn(), loaded.policeZone(), loaded.recordNumber(),
                loaded.prosecutorOutcome(), loaded.notes(), loaded.aggravating()));
    }
}
