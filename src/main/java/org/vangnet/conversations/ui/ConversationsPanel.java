package org.vangnet.conversations.ui;

import org.vangnet.base.ui.GridText;
import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.cases.CaseDetails;
import org.vangnet.conversations.ConversationChannel;
import org.vangnet.conversations.ConversationDirection;
import org.vangnet.conversations.ConversationService;
import org.vangnet.conversations.ConversationView;
import org.vangnet.conversations.NewConversation;
import org.vangnet.base.ui.Formats;

/** The contacts with the client on one case, newest first, and the form to log one. */
class ConversationsPanel extends VerticalLayout {

    private final CaseDetails details;
    private final ConversationService conversations;
    private final Clock clock;
    private final Runnable onChanged;
    private final Grid<ConversationView> grid = new Grid<>(ConversationView.class, false);

    ConversationsPanel(CaseDetails details, ConversationService conversations, Clock clock, Runnable onChanged) {
        this.details = details;
        this.conversations = conversations;
        this.clock = clock;
        this.onChanged = onChanged;
        setPadding(false);
        var log = new Button(getTranslation("conversation.log"), VaadinIcon.COMMENTS.create(), click -> openForm(null));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.setId("log-conversation");
        log.setVisible(!details.pseudonymised());
        grid.addColumn(c -> dateTime(c.startedAt(), getLocale())).setHeader(getTranslation("conversation.started"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("conversation.direction." + c.direction().name()) + " · "
                        + getTranslation("conversation.channel." + c.channel().name())
                        + (c.intake() ? " · " + getTranslation("conversation.intake") : ""))
                .setHeader(getTranslation("conversation.channel")).setAutoWidth(true);
        grid.addColumn(c -> c.durationMinutes() == null ? "" : getTranslation("conversation.minutes", c.durationMinutes()))
                .setHeader(getTranslation("conversation.duration")).setAutoWidth(true);
        grid.addColumn(c -> Objects.requireNonNullElse(c.counsellorName(), ""))
                .setHeader(getTranslation("conversation.counsellor")).setAutoWidth(true);
        grid.addColumn(c -> Objects.requireNonNullElse(c.language(), "")).setHeader(getTranslation("conversation.language"))
                .setAutoWidth(true);
        GridText.wrapping(grid.addColumn(c -> Objects.requireNonNullElse(c.summary(), ""))
                // At least its header's width: beside the correction column it was cut to "Korte samenv…".
                .setHeader(getTranslation("conversation.summary")).setWidth("12rem").setFlexGrow(3),
                c -> Objects.requireNonNullElse(c.summary(), ""));
        if (!details.pseudonymised()) {
            grid.addComponentColumn(this::correctButton).setKey("correct").setHeader(getTranslation("conversation.correct"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItemsPageable(pageable -> conversations.list(details.id(), pageable).getContent());
        grid.setId("conversations");
        grid.setAllRowsVisible(true);
        grid.setPageSize(50);
        add(log, grid);
    }

    private Button correctButton(ConversationView contact) {
        var correct = new Button(VaadinIcon.EDIT.create(), click -> openForm(contact));
        correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        correct.setAriaLabel(getTranslation("conversation.correct.of", dateTime(contact.startedAt(), getLocale())));
        correct.setTooltipText(getTranslation("conversation.correct"));
        return correct;
    }

    /** The form to log a contact ({@code existing} null) or to correct one, starting from what it holds. */
    private void openForm(ConversationView existing) {
        var dialog = new Dialog(getTranslation(existing == null ? "conversation.log" : "conversation.correct"));
        var channel = new Select<ConversationChannel>();
        channel.setLabel(getTranslation("conversation.channel"));
        channel.setItems(ConversationChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("conversation.channel." + c.name()));
        channel.setValue(existing == null ? ConversationChannel.CHAT : existing.channel());
        var direction = new RadioButtonGroup<ConversationDirection>(getTranslation("conversation.direction"));
        direction.setItems(ConversationDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation("conversation.direction." + d.name()));
        direction.setValue(existing == null ? ConversationDirection.INCOMING : existing.direction());
        var started = new DateTimePicker(getTranslation("conversation.started"));
        Formats.localised(started, getLocale());
        LocalDateTime shown = LocalDateTime.ofInstant(existing == null ? clock.instant() : existing.startedAt(),
                HelplineZone.ZONE).withSecond(0).withNano(0);
        started.setValue(shown);
        var duration = new IntegerField(getTranslation("conversation.duration-minutes"));
        duration.setValue(existing == null ? null : existing.durationMinutes());
        var language = new TextField(getTranslation("conversation.language"));
        language.setValue(Objects.requireNonNullElse(existing == null ? details.client().language() : existing.language(), ""));
        language.setMaxLength(NewConversation.MAX_LANGUAGE);
        var summary = new TextArea(getTranslation("conversation.summary"));
        summary.setHelperText(getTranslation("conversation.summary.help"));
        summary.setValue(existing == null ? "" : Objects.requireNonNullElse(existing.summary(), ""));
        summary.setWidthFull();
        var layout = new FormLayout(channel, direction, started, duration, language, summary);
        layout.setColspan(summary, 2);
        dialog.add(layout);
        var form = new DomainForm<>(this, NewConversation.class)
                .bind("channel", channel)
                .bind("direction", direction)
                // The picker shows minutes: an untouched start keeps its seconds (the intake's is the opening's).
                .bind("startedAt", started, typed -> typed == null ? null
                        : existing != null && typed.equals(shown) ? existing.startedAt()
                        : typed.atZone(HelplineZone.ZONE).toInstant(),
                        at -> at == null ? null : LocalDateTime.ofInstant(at, HelplineZone.ZONE))
                .bind("durationMinutes", duration)
                .bind("language", language)
                .text("summary", summary, NewConversation.MAX_SUMMARY)
                // The domain calls the length "duration", the record "durationMinutes".
                .showsOn(name -> "duration".equals(name) ? duration : null);
        var save = new Button(getTranslation("conversation.save"), click -> {
            if (duration.isInvalid() || started.isInvalid()) {
                return; // typed text the field could not read: it says so itself, and keeps what was typed
            }
            form.submit(contact -> {
                if (existing == null) {
                    conversations.log(details.id(), contact);
                } else {
                    conversations.correct(details.id(), existing.id(), existing.version(), contact);
                }
                dialog.close();
                grid.getDataProvider().refreshAll();
                onChanged.run();
            });
        });
        DialogActions.cancelAnd(dialog, save);
        dialog.open();
    }
}
