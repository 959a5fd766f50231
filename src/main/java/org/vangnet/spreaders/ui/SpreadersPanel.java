package org.vangnet.spreaders.ui;

import static org.vangnet.base.ui.Formats.date;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.Objects;
import java.util.stream.Stream;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.Formats;
import org.vangnet.cases.CaseDetails;
import org.vangnet.spreaders.AskedBy;
import org.vangnet.spreaders.DeletionRequest;
import org.vangnet.spreaders.SpreaderDetails;
import org.vangnet.spreaders.SpreaderRelation;
import org.vangnet.spreaders.SpreaderRole;
import org.vangnet.spreaders.SpreaderService;
import org.vangnet.spreaders.SpreaderView;

/** The spreaders and forwarders of one case, first recorded first, and the form to record or correct one. */
class SpreadersPanel extends VerticalLayout {

    private final CaseDetails details;
    private final SpreaderService spreaders;
    private final Clock clock;
    private final Runnable onChanged;
    private final Grid<SpreaderView> grid = new Grid<>(SpreaderView.class, false);

    SpreadersPanel(CaseDetails details, SpreaderService spreaders, Clock clock, Runnable onChanged) {
        this.details = details;
        this.spreaders = spreaders;
        this.clock = clock;
        this.onChanged = onChanged;
        setPadding(false);
        var intro = new Paragraph(getTranslation("spreader.intro"));
        var add = new Button(getTranslation("spreader.add"), VaadinIcon.PLUS.create(), click -> openForm(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-spreader");
        add.setVisible(!details.pseudonymised());
        grid.addColumn(s -> who(s.details())).setHeader(getTranslation("spreader.who")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("spreader.role." + s.details().role().name()) + " · "
                        + getTranslation("spreader.relation." + s.details().relation().name()))
                .setHeader(getTranslation("spreader.role")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("spreader.deletion." + s.details().deletion().name())
                        + (s.details().askedOn() == null ? "" : " · " + date(s.details().askedOn(), getLocale()))
                        + (s.details().askedBy() == null ? "" : " · " + getTranslation("spreader.asked-by." + s.details().askedBy().name())))
                .setHeader(getTranslation("spreader.deletion")).setAutoWidth(true);
        grid.addColumn(s -> s.details().inComplaint() ? getTranslation("spreader.in-complaint.yes") : "")
                .setHeader(getTranslation("spreader.in-complaint")).setAutoWidth(true);
        if (!details.pseudonymised()) {
            grid.addComponentColumn(s -> {
                var edit = new Button(VaadinIcon.EDIT.create(), click -> openForm(s));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("spreader.edit.of", who(s.details())));
                edit.setTooltipText(getTranslation("spreader.edit"));
                return edit;
            }).setKey("edit").setHeader(getTranslation("spreader.edit")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setId("spreaders");
        grid.setItemsPageable(pageable -> spreaders.list(details.id(), pageable).getContent());
        grid.setAllRowsVisible(true);
        grid.setPageSize(50);
        add(intro, add, grid);
    }

    private String who(SpreaderDetails s) {
        String account = Stream.of(s.handle(), s.platform()).filter(Objects::nonNull)
                .reduce((handle, platform) -> getTranslation("spreader.handle-on", handle, platform)).orElse(null);
        return Stream.of(s.label(), account).filter(Objects::nonNull).reduce((a, b) -> a + " · " + b)
                .orElse(getTranslation("spreader.who.removed"));
    }

    /** The form to record a spreader ({@code existing} null) or to change one, starting from what it holds. */
    private void openForm(SpreaderView existing) {
        SpreaderDetails start = existing == null
                ? new SpreaderDetails(SpreaderRole.FORWARDER, null, null, null, SpreaderRelation.UNKNOWN,
                        DeletionRequest.NOT_ASKED, null, null, false, null)
                : existing.details();
        var dialog = new Dialog(getTranslation(existing == null ? "spreader.add" : "spreader.edit"));
        var role = select("spreader.role", SpreaderRole.values(), "spreader.role.");
        var relation = select("spreader.relation", SpreaderRelation.values(), "spreader.relation.");
        var label = new TextField(getTranslation("spreader.label"));
        var platform = new TextField(getTranslation("spreader.platform"));
        var handle = new TextField(getTranslation("spreader.handle"));
        var deletion = select("spreader.deletion", DeletionRequest.values(), "spreader.deletion.");
        var askedOn = new DatePicker(getTranslation("spreader.asked-on"));
        Formats.localised(askedOn, getLocale());
        askedOn.setMax(clock.instant().atZone(HelplineZone.ZONE).toLocalDate());
        var askedBy = select("spreader.asked-by", AskedBy.values(), "spreader.asked-by.");
        Runnable showAsked = () -> {
            boolean asked = deletion.getValue() != null && deletion.getValue().asked();
            askedOn.setVisible(asked);
            askedBy.setVisible(asked);
        };
        deletion.addValueChangeListener(e -> showAsked.run());
        var inComplaint = new Checkbox(getTranslation("spreader.in-complaint.label"));
        var notes = new TextArea(getTranslation("spreader.notes"));
        notes.setHelperText(getTranslation("spreader.notes.help"));
        notes.setWidthFull();
        var form = new DomainForm<>(this, SpreaderDetails.class)
                .bind("role", role)
                .text("label", label, SpreaderDetails.MAX_LABEL)
                .text("platform", platform, SpreaderDetails.MAX_PLATFORM)
                .text("handle", handle, SpreaderDetails.MAX_HANDLE)
                .bind("relation", relation)
                .bind("deletion", deletion)
                .bind("askedOn", askedOn)
                .bind("askedBy", askedBy)
                .bind("inComplaint", inComplaint)
                .text("notes", notes, SpreaderDetails.MAX_NOTES);
        form.read(start);
        showAsked.run();
        var layout = new FormLayout(role, relation, label, platform, handle, deletion, askedOn, askedBy, inComplaint,
                notes);
        layout.setColspan(notes, 2);
        layout.setColspan(inComplaint, 2);
        dialog.add(new Paragraph(getTranslation("spreader.form.help")), layout);
        DialogActions.cancelAnd(dialog, new Button(getTranslation("spreader.save"), click -> form.submit(typed -> {
            if (existing == null) {
                spreaders.record(details.id(), typed);
            } else {
                spreaders.change(details.id(), existing.id(), existing.version(), typed);
            }
            dialog.close();
            grid.getDataProvider().refreshAll();
            onChanged.run();
        })));
        dialog.open();
    }

    private <E extends Enum<E>> Select<E> select(String labelKey, E[] values, String itemPrefix) {
        var select = new Select<E>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> getTranslation(itemPrefix + v.name()));
        return select;
    }
}
