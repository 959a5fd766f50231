package org.vangnet.cases.ui;

import static org.vangnet.base.ui.Formats.date;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Collectors;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.cases.CaseSearch;
import org.vangnet.cases.CaseSearchResult;

/**
 * The header's search field: Enter searches, the cases found open in a dialog, each a click from
 * its case file. The typed value stays in the field (it is never put in the address bar, where a
 * phone number would end up in the browser's history).
 */
class CaseSearchField extends Div {

    /** What is searched for, by the name the domain uses for it. */
    public record Question(String query) {
    }

    private final CaseSearch search;
    private final TextField query = new TextField();
    /**
     * Made at the first search, not with the field: the header is on every page of every session, and the
     * form's binder cost each of them about 4.5 kB for a search most page views never run (decision 049).
     */
    private DomainForm<Question> searched;

    CaseSearchField(CaseSearch search) {
        this.search = search;
        addClassName("vn-shell-search");
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setAriaLabel(getTranslation("search.label"));
        query.setTooltipText(getTranslation("search.help"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setMaxLength(200);
        query.addKeyPressListener(Key.ENTER, e -> run());
        query.addValueChangeListener(e -> query.setInvalid(false));
        add(query);
    }

    TextField field() {
        return query;
    }

    void run() {
        if (searched == null) {
            searched = new DomainForm<>(this, Question.class).bind("query", query);
        }
        searched.submit(typed -> show(search.search(typed.query())));
    }

    private void show(CaseSearchResult result) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("search.title"));
        dialog.addClassName("vn-search-results");
        var list = new Div();
        list.addClassName("vn-search-hits");
        if (result.hits().isEmpty()) {
            list.add(new Paragraph(getTranslation("search.none")));
        }
        for (CaseSearchResult.Hit hit : result.hits()) {
            list.add(hitRow(dialog, hit));
        }
        dialog.add(list);
        if (result.moreHits()) {
            dialog.add(new Paragraph(getTranslation("search.more", CaseSearch.MAX_HITS)));
        }
        for (CaseSearchResult.Elsewhere elsewhere : result.elsewhere()) {
            var line = new Paragraph(getTranslation("search.elsewhere", getTranslation(elsewhere.labelKey()),
                    elsewhere.cases()));
            line.addClassName("vn-muted");
            dialog.add(line);
        }
        var close = new Button(getTranslation("search.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Component hitRow(Dialog dialog, CaseSearchResult.Hit hit) {
        var open = new Button(hit.reference() + " · " + hit.alias(), e -> {
            dialog.close();
            CaseNavigation.toCase(hit.caseId());
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var status = new Span(getTranslation("case.status." + hit.status().name()));
        status.getElement().getThemeList().add("badge");
        String on = hit.matchedOn().stream().map(this::getTranslation).collect(Collectors.joining(", "));
        var facts = new Span(getTranslation("search.matched-on", on) + " · " + getTranslation("search.opened",
                date(hit.openedAt().atZone(HelplineZone.ZONE).toLocalDate(), getLocale())));
        facts.addClassName("vn-muted");
        var row = new Div(open, status, facts);
        row.addClassName("vn-search-hit");
        return row;
    }
}
