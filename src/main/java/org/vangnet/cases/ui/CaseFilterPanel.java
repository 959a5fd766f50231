package org.vangnet.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.vangnet.base.ui.Formats;
import org.vangnet.cases.CaseFilter;
import org.vangnet.cases.CaseStatus;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.Priority;
import org.vangnet.security.UserDirectory;
import org.vangnet.security.UserDirectory.Colleague;

/**
 * The case list's filters beyond the quick search, made only when the user first opens them
 * (decision 049): their fields cost each session about 37 kB while most visits only search or scroll.
 * The panel shows a {@link CaseFilter} and hands back the one the user set; the list keeps the address
 * as the one truth, so the panel never filters by itself.
 */
class CaseFilterPanel extends HorizontalLayout {

    static final String ID = "case-filters";

    private final MultiSelectComboBox<CaseStatus> status = new MultiSelectComboBox<>();
    private final Select<HarmKind> harm = new Select<>();
    private final Select<Priority> priority = new Select<>();
    private final ComboBox<Colleague> counsellor = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button clear = new Button();
    /** Only for those who approve closings (null otherwise): the others never see it (decision 047). */
    private final Checkbox closingToApprove;
    private final UserDirectory directory;
    private CaseFilter shown = CaseFilter.NONE;
    private boolean showing;

    CaseFilterPanel(UserDirectory directory, Long teamId, boolean approvesClosings, Consumer<CaseFilter> changed) {
        this.directory = directory;
        setId(ID);
        addClassName("vn-case-filters");
        // A group named like the button that opens it, so a screen reader says where the focus has landed.
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("cases.filters"));
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        setWidthFull();

        status.setLabel(getTranslation("case.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("case.status." + s.name()));
        harm.setLabel(getTranslation("case.harm"));
        harm.setItems(HarmKind.values());
        harm.setEmptySelectionAllowed(true);
        harm.setEmptySelectionCaption(getTranslation("cases.filter.any"));
        harm.setItemLabelGenerator(h -> h == null ? getTranslation("cases.filter.any") : getTranslation("case.harm." + h.name()));
        priority.setLabel(getTranslation("case.priority"));
        priority.setItems(Priority.values());
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption(getTranslation("cases.filter.any"));
        priority.setItemLabelGenerator(p -> p == null ? getTranslation("cases.filter.any") : getTranslation("case.priority." + p.name()));
        counsellor.setLabel(getTranslation("case.counsellor"));
        counsellor.setItemLabelGenerator(Colleague::displayName);
        counsellor.setClearButtonVisible(true);
        counsellor.setItemsPageable((pageable, text) -> teamId == null ? List.of()
                : directory.teamMembers(teamId, text, pageable).getContent());
        status.setWidth("11rem");
        harm.setWidth("11rem");
        priority.setWidth("11rem");
        counsellor.setWidth("11rem");
        from.setLabel(getTranslation("cases.filter.opened-from"));
        to.setLabel(getTranslation("cases.filter.opened-to"));
        List.of(from, to).forEach(d -> {
            d.setClearButtonVisible(true);
            d.setWidth("12.5rem");
            Formats.localised(d, getLocale());
        });
        add(status, harm, priority, counsellor, from, to);
        closingToApprove = approvesClosings ? new Checkbox(getTranslation("cases.filter.closing-to-approve")) : null;
        if (closingToApprove != null) {
            closingToApprove.setId("closing-to-approve");
            add(closingToApprove);
        }
        clear.setText(getTranslation("cases.filters.clear"));
        clear.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("case-filters-clear");
        add(clear);

        Runnable fromUser = () -> {
            if (!showing) {
                changed.accept(read());
            }
        };
        status.addValueChangeListener(e -> fromUser.run());
        harm.addValueChangeListener(e -> fromUser.run());
        priority.addValueChangeListener(e -> fromUser.run());
        counsellor.addValueChangeListener(e -> fromUser.run());
        from.addValueChangeListener(e -> fromUser.run());
        to.addValueChangeListener(e -> fromUser.run());
        if (closingToApprove != null) {
            closingToApprove.addValueChangeListener(e -> fromUser.run());
        }
        clear.addClickListener(click -> {
            // The button is disabled once nothing is left to clear: the focus goes to the first field instead.
            status.focus();
            changed.accept(new CaseFilter(null, null, null, null, null, null, null, shown.text()));
        });
    }

    /** Shows what the address says, without taking it for a change by the user. */
    void show(CaseFilter filter) {
        shown = filter;
        showing = true;
        try {
            status.setValue(filter.statuses());
            harm.setValue(filter.harm());
            priority.setValue(filter.priority());
            Long counsellorId = filter.counsellorId();
            counsellor.setValue(counsellorId == null ? null : new Colleague(counsellorId,
                    directory.displayNames(List.of(counsellorId)).getOrDefault(counsellorId, ""), null));
            from.setValue(filter.openedFrom());
            to.setValue(filter.openedTo());
            if (closingToApprove != null) {
                closingToApprove.setValue(filter.closingToApprove());
            }
            clear.setEnabled(active(filter) > 0 || filter.teamId() != null);
        } finally {
            showing = false;
        }
    }

    /** The filter shown, with what the user has changed in the fields. */
    CaseFilter read() {
        return new CaseFilter(status.getValue(), harm.getValue(), priority.getValue(),
                counsellor.getValue() == null ? null : counsellor.getValue().id(), shown.teamId(), from.getValue(),
                to.getValue(), shown.text(),
                closingToApprove == null ? shown.closingToApprove() : closingToApprove.getValue());
    }

    /** Moves the focus into the panel, to its first field. */
    void focusFirst() {
        status.focus();
    }

    /** Whether two filters differ only in the quick search, which is not the panel's. */
    static boolean sameFilters(CaseFilter a, CaseFilter b) {
        return withoutText(a).equals(withoutText(b));
    }

    private static CaseFilter withoutText(CaseFilter f) {
        return new CaseFilter(f.statuses(), f.harm(), f.priority(), f.counsellorId(), f.teamId(), f.openedFrom(),
                f.openedTo(), null, f.closingToApprove());
    }

    /**
     * How many of the panel's filters a filter uses: what the "Filters (n)" button counts, so the user sees
     * that the list is narrowed even with the panel closed. The quick search has its own field in sight.
     */
    static int active(CaseFilter filter) {
        int count = filter.statuses().isEmpty() ? 0 : 1;
        for (Object value : new Object[] {filter.harm(), filter.priority(), filter.counsellorId(),
                filter.openedFrom(), filter.openedTo()}) {
            if (Objects.nonNull(value)) {
                count++;
            }
        }
        return filter.closingToApprove() ? count + 1 : count;
    }
}
