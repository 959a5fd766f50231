package org.vangnet.cases.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.NoteService;
import org.vangnet.cases.TimelineItem;

/**
 * Notes and everything that happened, newest first, loaded a page at a time. A note is never
 * edited: "correct" adds a new note that refers to it, and the old one is marked as corrected.
 */
class TimelinePanel extends VerticalLayout {

    /** A note as typed, named as the domain names it. */
    public record Note(String note) {
    }

    private final Long caseId;
    private final NoteService notes;
    private final Grid<TimelineItem> list = new Grid<>(TimelineItem.class, false);
    private final OpenCase openCase;
    private final boolean writable;

    /**
     * {@code writable} false for a pseudonymised case: its timeline only shows what stays. Every change
     * to the case adds lines: the list is read again after each, the note being typed stays.
     */
    TimelinePanel(OpenCase openCase, boolean writable, CaseQueries queries, NoteService notes) {
        this.caseId = openCase.id();
        this.openCase = openCase;
        this.writable = writable;
        this.notes = notes;
        openCase.onChange(now -> list.getDataProvider().refreshAll());
        setPadding(false);
        addClassName("vn-timeline");

        var note = new TextArea(getTranslation("timeline.note.label"));
        note.setPlaceholder(getTranslation("timeline.note.placeholder"));
        note.setWidthFull();
        var form = new DomainForm<>(this, Note.class).text("note", note, NoteService.MAX_NOTE);
        var add = new Button(getTranslation("timeline.note.add"), click -> form.submit(typed -> {
            try {
                notes.addNote(caseId, typed.note());
            } catch (DomainException e) {
                if (!NoteService.LIKELY_DUPLICATE.equals(e.messageKey())) {
                    throw e;
                }
                confirmRepeat(caseId, note, e);
                return;
            }
            note.clear();
            refresh();
        }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        list.addComponentColumn(this::entry);
        list.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_NO_ROW_BORDERS);
        list.setItemsPageable(pageable -> queries.timeline(caseId, pageable).getContent());
        list.setHeight("32rem");
        list.setSelectionMode(Grid.SelectionMode.NONE);
        if (writable) {
            add(note, add);
        }
        add(list);
    }

    /** The same note was saved a moment ago (before a node died, say): asked, not silently added twice. */
    private void confirmRepeat(Long caseId, TextArea note, DomainException repeat) {
        var dialog = new ConfirmDialog(getTranslation("timeline.note.repeat.title"),
                getTranslation(repeat.messageKey(), repeat.arguments()), getTranslation("timeline.note.repeat.add"),
                confirmed -> {
                    notes.addNote(caseId, note.getValue(), true);
                    note.clear();
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    void refresh() {
        openCase.changed();
    }

    private Component entry(TimelineItem item) {
        var when = new Span(dateTime(item.occurredAt(), getLocale()) + " · " + item.actorName());
        when.addClassName("vn-timeline-meta");
        var entry = new Div(when);
        entry.addClassNames("vn-timeline-entry", "vn-timeline-" + item.type().toLowerCase());
        if (item.isNote()) {
            if (item.correctsId() != null) {
                var label = new Span(getTranslation("timeline.note.correction"));
                label.addClassNames("vn-badge", "vn-badge-info");
                entry.add(label);
            }
            if (Pseudonymised.isPlaceholder(item.body())) {
                var removed = new Paragraph(getTranslation("timeline.note.removed"));
                removed.addClassNames("vn-note-body", "vn-muted");
                entry.add(removed);
                return entry;
            }
            var body = new Paragraph(item.body());
            body.addClassName("vn-note-body");
            entry.add(body);
            if (item.correctedBy() != null) {
                entry.addClassName("vn-corrected");
                var corrected = new Span(getTranslation("timeline.note.corrected"));
                corrected.addClassName("vn-muted");
                entry.add(corrected);
            } else if (writable) {
                var correct = new Button(getTranslation("timeline.note.correct"), click -> openCorrection(item));
                correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                entry.add(correct);
            }
        } else {
            entry.add(new Paragraph(TimelineText.of(this, item)));
        }
        return entry;
    }

    private void openCorrection(TimelineItem original) {
        var dialog = new Dialog(getTranslation("timeline.note.correct"));
        var text = new TextArea(getTranslation("timeline.note.correction-text"));
        text.setValue(original.body());
        text.setWidth("32rem");
        var form = new DomainForm<>(this, Note.class).text("note", text, NoteService.MAX_NOTE);
        DialogActions.cancelAnd(dialog, new Button(getTranslation("action.save"), click -> form.submit(typed -> {
            notes.correctNote(caseId, original.id(), typed.note());
            dialog.close();
            refresh();
        })));
        dialog.add(new Paragraph(getTranslation("timeline.note.correction-help")), text);
        dialog.open();
    }
}
