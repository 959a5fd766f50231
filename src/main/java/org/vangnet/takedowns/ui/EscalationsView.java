package org.vangnet.takedowns.ui;

import org.vangnet.base.ui.GridText;
import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.Roles;
import org.vangnet.takedowns.DsaNotices;
import org.vangnet.takedowns.EscalationQueue;
import org.vangnet.takedowns.TakedownService;
import org.vangnet.takedowns.TakedownStatus;
import org.vangnet.takedowns.TakedownView;

/**
 * The institute's escalation queue: what the helplines escalated, with the platform, items, dates,
 * history and a case reference — and nothing about the client. Staff record what the platform did.
 */
@Route("escalations")
@RolesAllowed(Roles.INSTITUTE_STAFF)
@Menu(title = "menu.escalations", order = 20, icon = "vaadin:exclamation-circle-o")
class EscalationsView extends VerticalLayout implements HasDynamicTitle {

    /** What the institute decided, by the names the domain uses for them. */
    public record InstituteAnswer(TakedownStatus outcome, String ticket, String decision) {
    }

    private final EscalationQueue queue;
    private final DsaNotices notices;
    private final Grid<TakedownView> grid = new Grid<>(TakedownView.class, false);

    EscalationsView(EscalationQueue queue, DsaNotices notices) {
        this.queue = queue;
        this.notices = notices;
        setSizeFull();
        addClassName("vn-list-view");
        var intro = new Paragraph(getTranslation("escalations.intro"));
        intro.addClassName("vn-muted");
        grid.addColumn(TakedownView::caseReference).setHeader(getTranslation("case.reference")).setAutoWidth(true);
        grid.addColumn(TakedownView::platformName).setHeader(getTranslation("takedown.platform")).setAutoWidth(true);
        grid.addComponentColumn(t -> TakedownTexts.status(this, t.status())).setHeader(getTranslation("case.status"))
                .setAutoWidth(true);
        GridText.wrapping(grid.addColumn(this::itemsText).setHeader(getTranslation("takedown.items")).setFlexGrow(2),
                this::itemsText);
        grid.addColumn(t -> dateTime(t.escalatedAt(), getLocale())).setHeader(getTranslation("escalations.escalated"))
                .setAutoWidth(true);
        grid.addColumn(t -> dateTime(t.submittedAt(), getLocale())).setHeader(getTranslation("escalations.submitted"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(pageable -> queue.find(pageable).getContent());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("escalations.empty"));
        add(intro, grid);
    }

    private String itemsText(TakedownView request) {
        return request.items().stream().map(i -> TakedownTexts.item(this, i)).collect(Collectors.joining("\n"));
    }

    private void open(TakedownView request) {
        var dialog = new Dialog(request.caseReference() + " · " + request.platformName());
        dialog.setWidth("min(48rem, 95vw)");
        var items = new UnorderedList();
        request.items().forEach(i -> items.add(new ListItem(TakedownTexts.item(this, i))));
        var history = new UnorderedList();
        queue.history(request.id()).forEach(step -> history.add(new ListItem(dateTime(step.occurredAt(), getLocale())
                + " · " + (step.actorRole() == null ? "" : getTranslation("role." + step.actorRole())) + " · "
                + getTranslation("takedown.status." + step.to().name()))));
        dialog.add(new H3(getTranslation("takedown.items")), items, new Paragraph(request.contentDescription()),
                new H3(getTranslation("takedown.history")), history);
        if (request.status() == TakedownStatus.ESCALATED) {
            var outcome = new Select<TakedownStatus>();
            outcome.setLabel(getTranslation("escalations.outcome"));
            outcome.setItems(TakedownStatus.REMOVED, TakedownStatus.RESTRICTED, TakedownStatus.REFUSED);
            outcome.setItemLabelGenerator(s -> getTranslation("takedown.status." + s.name()));
            var ticket = new TextField(getTranslation("takedown.ticket"));
            var decision = new TextArea(getTranslation("takedown.decision"));
            decision.setWidthFull();
            var answer = new DomainForm<>(this, InstituteAnswer.class)
                    .bind("outcome", outcome)
                    .text("ticket", ticket, TakedownService.MAX_TICKET)
                    .text("decision", decision, TakedownService.MAX_DECISION);
            var save = new Button(getTranslation("escalations.record"), click -> answer.submit(typed -> {
                queue.recordOutcome(request.id(), request.version(), typed.outcome(), typed.ticket(), typed.decision());
                FormErrors.notifySuccess(getTranslation("case.saved"));
                dialog.close();
                grid.getDataProvider().refreshAll();
            }));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new H3(getTranslation("escalations.outcome")), outcome, ticket, decision);
            dialog.getFooter().add(save);
        }
        var notice = new Button(getTranslation("takedown.notice"), click -> new NoticeDialog(notices, request.id(), null).open());
        dialog.getFooter().add(notice, new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.escalations");
    }
}
