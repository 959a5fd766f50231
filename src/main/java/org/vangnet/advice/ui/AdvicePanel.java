package org.vangnet.advice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.springframework.data.domain.PageRequest;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.vangnet.advice.AdviceItem;
import org.vangnet.advice.AdviceService;
import org.vangnet.advice.AdviceState;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.base.ui.CopyText;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.cases.CaseDetails;
import org.vangnet.base.ui.Formats;

/**
 * The case's checklist: per step its title, its state and date, and the client-ready text in the
 * client's language with a button to copy it into the chat.
 */
class AdvicePanel extends VerticalLayout {

    /** How far a step is, by the names the domain uses for them. */
    public record Mark(AdviceState state, LocalDate date) {
    }

    static final int HISTORY_SHOWN = 20;

    private final CaseDetails details;
    private final AdviceService advice;
    private final Runnable onChanged;
    private final LocalDate today;

    AdvicePanel(CaseDetails details, AdviceService advice, Clock clock, Runnable onChanged) {
        this.details = details;
        this.advice = advice;
        this.onChanged = onChanged;
        this.today = clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
        setPadding(false);
        addClassName("vn-advice");
        render();
    }

    private void render() {
        removeAll();
        var items = advice.checklist(details.id());
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("advice.none")));
        }
        Locale language = clientLanguage();
        for (AdviceItem item : items) {
            var state = new Select<AdviceState>();
            state.setLabel(getTranslation("advice.state"));
            state.setItems(AdviceState.values());
            state.setItemLabelGenerator(s -> getTranslation("advice.state." + s.name()));
            state.setPlaceholder(getTranslation("advice.state.none"));
            state.setValue(item.state());
            var date = new DatePicker(getTranslation("advice.date"), item.date() == null ? today : item.date());
            Formats.localised(date, getLocale());
            var marked = new DomainForm<>(this, Mark.class).bind("state", state).bind("date", date);
            var save = new Button(getTranslation("advice.save"), click -> marked.submit(mark -> {
                advice.mark(details.id(), item.step().id(), item.version(), mark.state(), mark.date());
                render();
                onChanged.run();
            }));
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            String text = item.step().text(language);
            var copy = new Button(getTranslation("directory.tell.copy"), VaadinIcon.COPY.create(), click -> copy(text));
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            var controls = new HorizontalLayout(state, date, save, copy);
            controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            controls.setWrap(true);
            var body = new Paragraph(text);
            body.addClassName("vn-advice-text");
            // The text is for the client, in the client's language: said so when it is not the screen's,
            // and marked with its language so a screen reader pronounces it as written.
            body.getElement().setAttribute("lang", language.getLanguage());
            var step = new Div(new H4(item.step().title(getLocale())));
            if (!language.getLanguage().equals(getLocale().getLanguage())) {
                var forClient = new Paragraph(getTranslation("advice.for-client", language.getDisplayLanguage(getLocale())));
                forClient.addClassName("vn-advice-for-client");
                step.add(forClient);
            }
            step.add(body, controls);
            if (item.state() != null) {
                step.add(history(item));
            }
            step.addClassName("vn-advice-step");
            if (item.state() == AdviceState.ADVISED && item.step().openItem()) {
                step.addClassName("vn-advice-open");
            }
            add(step);
        }
    }

    /**
     * When the step's state changed and by whom; read (and audited) only when opened, the latest
     * {@value #HISTORY_SHOWN} marks.
     */
    private Details history(AdviceItem item) {
        var lines = new UnorderedList();
        var box = new Details(getTranslation("advice.history"), lines);
        box.addClassName("vn-advice-history");
        box.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                lines.removeAll();
                advice.history(details.id(), item.step().id(), PageRequest.of(0, HISTORY_SHOWN)).forEach(m ->
                        lines.add(new ListItem(getTranslation("advice.history.line",
                                getTranslation("advice.state." + m.state().name()), Formats.date(m.date(), getLocale()),
                                Formats.dateTime(m.markedAt(), getLocale()), m.markedBy()))));
            }
        });
        return box;
    }

    /** The client's language when it is one the texts are written in, the counsellor's otherwise. */
    private Locale clientLanguage() {
        String tag = details.client().language();
        if (tag != null && (tag.startsWith("nl") || tag.startsWith("fr") || tag.startsWith("en"))) {
            return Locale.forLanguageTag(tag.substring(0, 2));
        }
        return getLocale();
    }

    private void copy(String text) {
        CopyText.copy(this, text, "directory.tell.copied", "directory.tell.copy-failed");
    }
}
