package org.vangnet.cases.ui;

import com.vaadin.flow.component.HasValidation;
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
import java.util.Map;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.AggravatingCircumstance;
import org.vangnet.cases.ComplaintWish;
import org.vangnet.cases.PoliceComplaintService;
import org.vangnet.cases.PoliceComplaintView;
import org.vangnet.cases.ProsecutorOutcome;
import org.vangnet.base.ui.Formats;

/** The police complaint: whether the client wants one (not wanting one is fine), and what became of it. */
class PolicePanel extends VerticalLayout {

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
        zone.setMaxLength(100);
        record.setLabel(getTranslation("complaint.record-number"));
        record.setHelperText(getTranslation("complaint.record-number.help"));
        record.setMaxLength(40);
        outcome.setLabel(getTranslation("complaint.outcome"));
        outcome.setItems(ProsecutorOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("prosecutor." + o.name()));
        notes.setLabel(getTranslation("complaint.notes"));
        notes.setMaxLength(2000);
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
        Map<String, HasValidation> fields = Map.of("wish", wish, "filedOn", filedOn, "policeZone", zone,
                "recordNumber", record, "notes", notes, "aggravating", aggravating);
        var save = new Button(getTranslation("action.save"), click -> {
            FormErrors.tryChange(this, fields, () -> {
                complaints.save(caseId, new PoliceComplaintView(loaded.version(), wish.getValue(), filedOn.getValue(),
                        zone.getValue(), record.getValue(), outcome.getValue(), notes.getValue(),
                        aggravating.getValue()));
                FormErrors.notifySuccess(getTranslation("case.saved"));
                load();
                onChanged.run();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(intro, form, save);
        load();
    }

    private void load() {
        loaded = complaints.get(caseId);
        wish.setValue(loaded.wish());
        filedOn.setValue(loaded.filedOn());
        zone.setValue(loaded.policeZone() == null ? "" : loaded.policeZone());
        record.setValue(loaded.recordNumber() == null ? "" : loaded.recordNumber());
        outcome.setValue(loaded.prosecutorOutcome());
        notes.setValue(loaded.notes() == null ? "" : loaded.notes());
        aggravating.setValue(loaded.aggravating());
    }
}
