package org.vangnet.takedowns.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.takedowns.ItemKind;
import org.vangnet.takedowns.NewTakedown;
import org.vangnet.takedowns.OnBehalfOf;
import org.vangnet.takedowns.PlatformCatalogue;
import org.vangnet.takedowns.PlatformDetails;
import org.vangnet.takedowns.ReportRoute;
import org.vangnet.takedowns.TakedownItem;
import org.vangnet.takedowns.TakedownService;

/**
 * A new request for one platform. The platform's guidance stays in view while filling it in; the
 * items are checked the way that platform needs them, and nothing is saved while one is wrong.
 */
class TakedownDialog extends Dialog {

    private final Long caseId;
    private final TakedownService takedowns;
    private final Runnable onSaved;
    private final ComboBox<PlatformDetails> platform = new ComboBox<>();
    private final Select<ReportRoute> route = new Select<>();
    private final Select<OnBehalfOf> onBehalf = new Select<>();
    private final Div guidance = new Div();
    private final Div itemRows = new Div();
    private final List<ItemRow> items = new ArrayList<>();
    /** Items typed before the platform was cleared, put back when another is chosen. */
    private final List<TakedownItem> keptWithoutPlatform = new ArrayList<>();
    private final TextArea description = new TextArea();
    private final Checkbox evidence = new Checkbox();
    private final Button addItem = new Button();
    private final DomainForm<NewTakedown> request = new DomainForm<>(this, NewTakedown.class);

    TakedownDialog(Long caseId, TakedownService takedowns, PlatformCatalogue catalogue, Runnable onSaved) {
        this.caseId = caseId;
        this.takedowns = takedowns;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("takedown.new"));
        setWidth("min(64rem, 95vw)");

        platform.setLabel(getTranslation("takedown.platform"));
        platform.setItemLabelGenerator(PlatformDetails::name);
        platform.setItemsPageable((pageable, filter) -> catalogue.find(filter, false, pageable).getContent());
        platform.setRequiredIndicatorVisible(true);
        platform.addValueChangeListener(e -> platformChosen(e.getValue()));
        route.setLabel(getTranslation("takedown.route"));
        route.setItemLabelGenerator(r -> getTranslation("takedown.route." + r.name()));
        onBehalf.setLabel(getTranslation("takedown.on-behalf"));
        onBehalf.setItems(OnBehalfOf.values());
        onBehalf.setItemLabelGenerator(o -> getTranslation("takedown.on-behalf." + o.name()));
        onBehalf.setValue(OnBehalfOf.HELPLINE);
        description.setLabel(getTranslation("takedown.description"));
        description.setHelperText(getTranslation("takedown.description.help"));
        description.setWidthFull();
        evidence.setLabel(getTranslation("takedown.evidence-captured"));
        var nudge = new Paragraph(getTranslation("takedown.evidence-nudge"));
        nudge.addClassName("vn-reassure");
        addItem.setText(getTranslation("takedown.item.add"));
        addItem.setIcon(VaadinIcon.PLUS.create());
        addItem.addClickListener(click -> addItem());
        addItem.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // Offered once there is a first item to add another to: the platform decides what items look like.
        addItem.setVisible(false);

        var form = new VerticalLayout(nudge, platform, new HorizontalLayout(route, onBehalf),
                new H3(getTranslation("takedown.items")), itemRows, addItem, description, evidence);
        form.setPadding(false);
        guidance.addClassNames("vn-card", "vn-guidance");
        guidance.add(new Paragraph(getTranslation("takedown.guidance.choose")));
        var columns = new HorizontalLayout(form, guidance);
        columns.setWidthFull();
        // Side by side where there is room, the guidance below the form where there is not: never cut off.
        columns.addClassName("vn-dialog-columns");
        form.addClassName("vn-dialog-main");
        add(columns);

        request.bind("platformId", platform, chosen -> chosen == null ? null : chosen.id(), id -> null)
                .bind("route", route)
                .bind("onBehalfOf", onBehalf)
                .supplied("items", () -> items.stream().map(ItemRow::item).toList(), read -> { })
                .text("contentDescription", description, NewTakedown.MAX_DESCRIPTION)
                .bind("evidenceCaptured", evidence)
                .showsOn(this::refusedOn);
        DialogActions.cancelAnd(this, new Button(getTranslation("takedown.create"), click -> save()));
    }

    private void platformChosen(PlatformDetails chosen) {
        guidance.removeAll();
        // What was typed stays: each item moves to the new platform, with its kind if that platform takes it.
        List<TakedownItem> typed = items.stream().map(ItemRow::item).toList();
        items.clear();
        itemRows.removeAll();
        addItem.setVisible(chosen != null);
        if (chosen == null) {
            guidance.add(new Paragraph(getTranslation("takedown.guidance.choose")));
            typed.forEach(item -> keptWithoutPlatform.add(item));
            return;
        }
        platform.setInvalid(false);
        route.setItems(chosen.routes());
        route.setValue(chosen.routes().contains(ReportRoute.WEB_FORM) ? ReportRoute.WEB_FORM
                : chosen.routes().iterator().next());
        guidance.add(new H3(chosen.name()));
        var steps = new Paragraph(chosen.guidance(getLocale()));
        steps.addClassName("vn-guidance-steps");
        guidance.add(steps);
        String who = chosen.whoMayReport(getLocale());
        if (who != null) {
            guidance.add(new Paragraph(getTranslation("takedown.guidance.who", who)));
        }
        if (chosen.reportLanguage() != null) {
            guidance.add(new Paragraph(getTranslation("takedown.guidance.language",
                    getTranslation("case.language." + chosen.reportLanguage()))));
        }
        if (chosen.maxItemsPerReport() != null) {
            guidance.add(new Paragraph(getTranslation("takedown.guidance.max-items", chosen.maxItemsPerReport())));
        }
        if (chosen.reportUrl() != null) {
            var link = new Anchor(chosen.reportUrl(), getTranslation("takedown.guidance.open-form"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            guidance.add(link);
        }
        List<TakedownItem> restored = new ArrayList<>(keptWithoutPlatform);
        keptWithoutPlatform.clear();
        restored.addAll(typed);
        restored.forEach(item -> addItem().restore(item));
        if (items.isEmpty()) {
            addItem();
        }
    }

    private ItemRow addItem() {
        var row = new ItemRow(platform.getValue());
        items.add(row);
        itemRows.add(row.layout);
        return row;
    }

    private void save() {
        request.submit(typed -> {
            takedowns.create(caseId, typed);
            FormErrors.notifySuccess(getTranslation("takedown.created"));
            close();
            onSaved.run();
        });
    }

    /**
     * The domain names the platform and the description as the counsellor sees them ("platform", not
     * the record's "platformId"), and an item by its position ("item.2"); "items" as a whole is a
     * notification, as before.
     */
    private HasValidation refusedOn(String name) {
        if (name.startsWith("item.")) {
            int index = Integer.parseInt(name.substring("item.".length()));
            return index < items.size() ? items.get(index).value : null;
        }
        return switch (name) {
            case "platform" -> platform;
            case "description" -> description;
            default -> null;
        };
    }

    /** One URL, username, number or ID, of a kind the platform takes. */
    private final class ItemRow {
        private final Select<ItemKind> kind = new Select<>();
        private final TextField value = new TextField();
        private final HorizontalLayout layout;

        ItemRow(PlatformDetails chosen) {
            kind.setItems(chosen.profile().kinds());
            kind.setItemLabelGenerator(k -> getTranslation("takedown.item." + k.name()));
            kind.setValue(chosen.profile().kinds().iterator().next());
            kind.setAriaLabel(getTranslation("takedown.item.kind"));
            kind.setWidth("12rem");
            value.setAriaLabel(getTranslation("takedown.item.value"));
            value.setPlaceholder(getTranslation("takedown.item.value"));
            value.addClassName("vn-grow");
            var remove = new Button(VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("takedown.item.remove"));
            layout = new HorizontalLayout(kind, value, remove);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            remove.addClickListener(click -> {
                items.remove(this);
                itemRows.remove(layout);
            });
        }

        TakedownItem item() {
            return new TakedownItem(kind.getValue(), value.getValue());
        }

        void restore(TakedownItem typed) {
            if (typed.kind() != null && chosenKinds().contains(typed.kind())) {
                kind.setValue(typed.kind());
            }
            value.setValue(typed.value() == null ? "" : typed.value());
        }

        private java.util.Collection<ItemKind> chosenKinds() {
            return platform.getValue().profile().kinds();
        }
    }
}
