package org.vangnet.followups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.Formats;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.followups.FollowUpKind;
import org.vangnet.followups.FollowUpService;
import org.vangnet.followups.FollowUpView;
import org.vangnet.followups.NewFollowUp;
import org.vangnet.security.UserDirectory;
import org.vangnet.security.UserDirectory.Colleague;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.base.ui.TextLimit;

/**
 * The small forms that act on a follow-up, shared by "My work" and the case's follow-ups tab.
 * Each closes on success and calls {@code onDone}; a rule violation shows next to its field.
 */
final class FollowUpDialogs {

    private FollowUpDialogs() {
    }

    static void complete(Component host, FollowUpService service, FollowUpView item, Runnable onDone) {
        var outcome = new TextArea(host.getTranslation("followup.outcome"));
        TextLimit.counted(outcome, 1000);
        outcome.setWidthFull();
        open(host, "followup.done.title", item, new FormLayout(outcome), "followup.action.done",
                Map.of("outcome", outcome), () -> service.complete(item.id(), item.version(), outcome.getValue()),
                onDone);
    }

    static void dismiss(Component host, FollowUpService service, FollowUpView item, Runnable onDone) {
        var reason = new TextArea(host.getTranslation("followup.dismiss-reason"));
        TextLimit.counted(reason, 1000);
        reason.setWidthFull();
        open(host, "followup.dismiss.title", item, new FormLayout(reason), "followup.action.dismiss",
                Map.of("reason", reason), () -> service.dismiss(item.id(), item.version(), reason.getValue()), onDone);
    }

    static void reschedule(Component host, FollowUpService service, FollowUpView item, Runnable onDone) {
        var due = dueField(host);
        due.setValue(LocalDateTime.ofInstant(item.dueAt(), HelplineZone.ZONE));
        var reason = new TextArea(host.getTranslation("followup.reason"));
        TextLimit.counted(reason, 500);
        reason.setWidthFull();
        open(host, "followup.reschedule.title", item, new FormLayout(due, reason), "followup.action.reschedule",
                Map.of("dueAt", due, "reason", reason),
                () -> service.reschedule(item.id(), item.version(), instant(due.getValue()), reason.getValue()), onDone);
    }

    static void reassign(Component host, FollowUpService service, UserDirectory directory, Long teamId,
                         FollowUpView item, Runnable onDone) {
        var assignee = assigneeField(host, directory, teamId);
        open(host, "followup.reassign.title", item, new FormLayout(assignee), "followup.action.reassign",
                Map.of("assignee", assignee),
                () -> service.reassign(item.id(), item.version(),
                        assignee.getValue() == null ? null : assignee.getValue().id()), onDone);
    }

    static void edit(Component host, FollowUpService service, FollowUpView item, Runnable onDone) {
        var kind = kindField(host);
        kind.setValue(item.kind());
        var note = noteField(host);
        note.setValue(item.note() == null ? "" : item.note());
        open(host, "followup.edit.title", item, new FormLayout(kind, note), "action.save",
                Map.of("kind", kind, "note", note),
                () -> service.describe(item.id(), item.version(), kind.getValue(), note.getValue()), onDone);
    }

    /** A new follow-up on a case; a supervisor may pick any active member of the team. */
    static void schedule(Component host, FollowUpService service, UserDirectory directory, Long caseId,
                         Long teamIdForPicker, Runnable onDone) {
        var kind = kindField(host);
        kind.setValue(FollowUpKind.CALL_BACK);
        var due = dueField(host);
        var note = noteField(host);
        var form = new FormLayout(kind, due);
        ComboBox<Colleague> assignee = null;
        if (teamIdForPicker != null) {
            assignee = assigneeField(host, directory, teamIdForPicker);
            assignee.setHelperText(host.getTranslation("followup.assignee.self-when-empty"));
            form.add(assignee);
        }
        form.add(note);
        var picker = assignee;
        var dialog = new Dialog(host.getTranslation("followup.new.title"));
        Map<String, HasValidation> fields = picker == null ? Map.of("kind", kind, "dueAt", due, "note", note)
                : Map.of("kind", kind, "dueAt", due, "note", note, "assignee", picker);
        var save = new Button(host.getTranslation("followup.action.schedule"), click -> {
            FormErrors.clear(fields);
            try {
                service.schedule(caseId, new NewFollowUp(kind.getValue(), instant(due.getValue()),
                        picker == null || picker.getValue() == null ? null : picker.getValue().id(), note.getValue(),
                        null, null));
                dialog.close();
                FormErrors.notifySuccess(host.getTranslation("followup.saved"));
                onDone.run();
            } catch (DomainException e) {
                FormErrors.show(host, e, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(host.getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private static void open(Component host, String titleKey, FollowUpView item, FormLayout form, String actionKey,
                             Map<String, ? extends HasValidation> fields, Runnable action, Runnable onDone) {
        var dialog = new Dialog(host.getTranslation(titleKey, item.caseReference(),
                host.getTranslation("followup.kind." + item.kind().name())));
        dialog.setWidth("32rem");
        var confirm = new Button(host.getTranslation(actionKey), click -> {
            FormErrors.clear(fields);
            try {
                action.run();
                dialog.close();
                FormErrors.notifySuccess(host.getTranslation("followup.saved"));
                onDone.run();
            } catch (DomainException e) {
                FormErrors.show(host, e, fields);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(host.getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    static Select<FollowUpKind> kindField(Component host) {
        var kind = new Select<FollowUpKind>();
        kind.setLabel(host.getTranslation("followup.kind"));
        kind.setItems(FollowUpKind.values());
        kind.setItemLabelGenerator(k -> host.getTranslation("followup.kind." + k.name()));
        return kind;
    }

    static DateTimePicker dueField(Component host) {
        var due = new DateTimePicker(host.getTranslation("followup.due-at"));
        host.getUI().ifPresent(ui -> Formats.localised(due, ui.getLocale()));
        return due;
    }

    static TextArea noteField(Component host) {
        var note = new TextArea(host.getTranslation("followup.note"));
        TextLimit.counted(note, 1000);
        note.setWidthFull();
        return note;
    }

    static ComboBox<Colleague> assigneeField(Component host, UserDirectory directory, Long teamId) {
        var assignee = new ComboBox<Colleague>(host.getTranslation("followup.assignee"));
        assignee.setItemLabelGenerator(Colleague::displayName);
        assignee.setItemsPageable((pageable, text) -> teamId == null ? List.of()
                : directory.teamMembers(teamId, text, pageable).getContent());
        return assignee;
    }

    static Instant instant(LocalDateTime value) {
        return value == null ? null : ZonedDateTime.of(value, HelplineZone.ZONE).toInstant();
    }
}
