package org.vangnet.followups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
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
import java.util.function.Consumer;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.Formats;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.followups.FollowUpKind;
import org.vangnet.followups.FollowUpService;
import org.vangnet.followups.FollowUpView;
import org.vangnet.followups.NewFollowUp;
import org.vangnet.security.UserDirectory;
import org.vangnet.security.UserDirectory.Colleague;
import org.vangnet.base.time.HelplineZone;

/**
 * The small forms that act on a follow-up, shared by "My work" and the case's follow-ups tab.
 * Each closes on success and calls {@code onDone}; a rule violation shows next to its field.
 */
final class FollowUpDialogs {

    /** What each small form asks, by the names the domain uses for them. */
    public record Outcome(String outcome) {
    }

    public record Dismissal(String reason) {
    }

    public record Reschedule(Instant dueAt, String reason) {
    }

    public record Reassignment(Long assignee) {
    }

    public record Description(FollowUpKind kind, String note) {
    }

    private FollowUpDialogs() {
    }

    static void complete(Component host, FollowUpService service, FollowUpView item, Runnable onDone) {
        var outcome = new TextArea(host.getTranslation("followup.outcome"));
        outcome.setWidthFull();
        var form = new DomainForm<>(host, Outcome.class).text("outcome", outcome, NewFollowUp.MAX_NOTE);
        open(host, "followup.done.title", item, new FormLayout(outcome), "followup.action.done", form,
                typed -> service.complete(item.id(), item.version(), typed.outcome()), onDone);
    }

    static void dismiss(Component host, FollowUpService service, FollowUpView item, Runnable onDone) {
        var reason = new TextArea(host.getTranslation("followup.dismiss-reason"));
        reason.setWidthFull();
        var form = new DomainForm<>(host, Dismissal.class).text("reason", reason, NewFollowUp.MAX_NOTE);
        open(host, "followup.dismiss.title", item, new FormLayout(reason), "followup.action.dismiss", form,
                typed -> service.dismiss(item.id(), item.version(), typed.reason()), onDone);
    }

    static void reschedule(Component host, FollowUpService service, FollowUpView item, Runnable onDone) {
        var due = dueField(host);
        var reason = new TextArea(host.getTranslation("followup.reason"));
        reason.setWidthFull();
        var form = new DomainForm<>(host, Reschedule.class)
                .bind("dueAt", due, FollowUpDialogs::instant, FollowUpDialogs::local)
                .text("reason", reason, NewFollowUp.MAX_REASON);
        form.read(new Reschedule(item.dueAt(), null));
        open(host, "followup.reschedule.title", item, new FormLayout(due, reason), "followup.action.reschedule",
                form, typed -> service.reschedule(item.id(), item.version(), typed.dueAt(), typed.reason()), onDone);
    }

    static void reassign(Component host, FollowUpService service, UserDirectory directory, Long teamId,
                         FollowUpView item, Runnable onDone) {
        var assignee = assigneeField(host, directory, teamId);
        var form = new DomainForm<>(host, Reassignment.class)
                .bind("assignee", assignee, FollowUpDialogs::id, id -> null);
        open(host, "followup.reassign.title", item, new FormLayout(assignee), "followup.action.reassign", form,
                typed -> service.reassign(item.id(), item.version(), typed.assignee()), onDone);
    }

    static void edit(Component host, FollowUpService service, FollowUpView item, Runnable onDone) {
        var kind = kindField(host);
        var note = noteField(host);
        var form = new DomainForm<>(host, Description.class).bind("kind", kind).text("note", note, NewFollowUp.MAX_NOTE);
        form.read(new Description(item.kind(), item.note()));
        open(host, "followup.edit.title", item, new FormLayout(kind, note), "action.save", form,
                typed -> service.describe(item.id(), item.version(), typed.kind(), typed.note()), onDone);
    }

    /** A new follow-up on a case; a supervisor may pick any active member of the team. */
    static void schedule(Component host, FollowUpService service, UserDirectory directory, Long caseId,
                         Long teamIdForPicker, Runnable onDone) {
        var kind = kindField(host);
        var due = dueField(host);
        var note = noteField(host);
        var layout = new FormLayout(kind, due);
        var form = new DomainForm<>(host, NewFollowUp.class)
                .bind("kind", kind)
                .bind("dueAt", due, FollowUpDialogs::instant, FollowUpDialogs::local)
                .text("note", note, NewFollowUp.MAX_NOTE)
                .fixed("takedownRequestId", null)
                .fixed("extortionContactId", null);
        if (teamIdForPicker != null) {
            var assignee = assigneeField(host, directory, teamIdForPicker);
            assignee.setHelperText(host.getTranslation("followup.assignee.self-when-empty"));
            layout.add(assignee);
            // The domain names the person "assignee", as in a reassignment; the record holds their id.
            form.bind("assigneeId", assignee, FollowUpDialogs::id, id -> null)
                    .showsOn(name -> "assignee".equals(name) ? assignee : null);
        } else {
            form.fixed("assigneeId", null);
        }
        layout.add(note);
        kind.setValue(FollowUpKind.CALL_BACK);
        var dialog = new Dialog(host.getTranslation("followup.new.title"));
        DialogActions.cancelAnd(dialog, new Button(host.getTranslation("followup.action.schedule"),
                click -> form.submit(typed -> {
                    service.schedule(caseId, typed);
                    saved(host, dialog, onDone);
                })));
        dialog.add(layout);
        dialog.open();
    }

    private static <R extends Record> void open(Component host, String titleKey, FollowUpView item, FormLayout layout,
                                                String actionKey, DomainForm<R> form, Consumer<R> action,
                                                Runnable onDone) {
        var dialog = new Dialog(host.getTranslation(titleKey, item.caseReference(),
                host.getTranslation("followup.kind." + item.kind().name())));
        dialog.setWidth("32rem");
        DialogActions.cancelAnd(dialog, new Button(host.getTranslation(actionKey), click -> form.submit(typed -> {
            action.accept(typed);
            saved(host, dialog, onDone);
        })));
        dialog.add(layout);
        dialog.open();
    }

    private static void saved(Component host, Dialog dialog, Runnable onDone) {
        dialog.close();
        FormErrors.notifySuccess(host.getTranslation("followup.saved"));
        onDone.run();
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

    private static LocalDateTime local(Instant value) {
        return value == null ? null : LocalDateTime.ofInstant(value, HelplineZone.ZONE);
    }

    /** A picked colleague as the record holds them; the forms never show an assignee read from a record. */
    private static Long id(Colleague colleague) {
        return colleague == null ? null : colleague.id();
    }
}
