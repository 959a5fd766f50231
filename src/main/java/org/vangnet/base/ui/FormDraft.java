package org.vangnet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What was typed survives a change of language (#16 point 10). Switching language reloads the page,
 * because every screen writes its texts once when built; without this, a half-typed intake was lost.
 * Before the reload the values of the view's fields (and which tab was open) are kept in the user's
 * session, on the server, not in the browser; after the reload the same view, built again in the
 * new language, gets them back once. Fields are matched by kind and position, which a change of
 * language does not alter; when the view's fields differ, nothing is filled in. Decision 041.
 */
final class FormDraft implements Serializable {

    private static final String ATTRIBUTE = FormDraft.class.getName();

    private final String location;
    private final List<Integer> tabs;
    private final List<String> kinds;
    private final List<Serializable> values;

    private FormDraft(String location, List<Integer> tabs, List<String> kinds, List<Serializable> values) {
        this.location = location;
        this.tabs = tabs;
        this.kinds = kinds;
        this.values = values;
    }

    /** Keeps the current view's field values in the session, then reloads the page. */
    static void keepAndReload(UI ui) {
        view(ui).ifPresent(view -> {
            List<HasValue<?, ?>> fields = fields(view);
            List<Serializable> values = new ArrayList<>();
            fields.forEach(f -> values.add(f.getValue() instanceof Serializable s ? s : null));
            ui.getSession().setAttribute(ATTRIBUTE, new FormDraft(location(ui),
                    tabSheets(view).stream().map(TabSheet::getSelectedIndex).toList(), kinds(fields), values));
        });
        ui.getPage().reload();
    }

    /**
     * After the reload: gives the kept values back to the view at the same place, once per view
     * instance (the page may navigate more than once while it loads, each time with a new view). The
     * draft is dropped on the first navigation elsewhere.
     */
    static void restore(UI ui) {
        if (ui.getSession() == null || !(ui.getSession().getAttribute(ATTRIBUTE) instanceof FormDraft draft)) {
            return;
        }
        if (!draft.location.equals(location(ui))) {
            ui.getSession().setAttribute(ATTRIBUTE, null);
            return;
        }
        view(ui).filter(view -> ComponentUtil.getData(view, FormDraft.class) == null).ifPresent(view -> {
            ComponentUtil.setData(view, FormDraft.class, draft);
            List<TabSheet> sheets = tabSheets(view);
            for (int i = 0; i < Math.min(sheets.size(), draft.tabs.size()); i++) {
                sheets.get(i).setSelectedIndex(draft.tabs.get(i));
            }
            List<HasValue<?, ?>> fields = fields(view);
            if (!kinds(fields).equals(draft.kinds)) {
                return;
            }
            for (int i = 0; i < fields.size(); i++) {
                set(fields.get(i), draft.values.get(i));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <V> void set(HasValue<?, V> field, Object value) {
        if (value != null && !Objects.equals(value, field.getEmptyValue()) && !field.isReadOnly()) {
            field.setValue((V) value);
        }
    }

    private static java.util.Optional<Component> view(UI ui) {
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of((Component) chain.getFirst());
    }

    private static String location(UI ui) {
        return ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static List<String> kinds(List<HasValue<?, ?>> fields) {
        return fields.stream().map(f -> f.getClass().getName()).toList();
    }

    /** The view's fields in tree order; a field's own parts (a date-time picker's date) are not walked. */
    private static List<HasValue<?, ?>> fields(Component root) {
        List<HasValue<?, ?>> found = new ArrayList<>();
        root.getChildren().forEach(child -> {
            if (child instanceof HasValue<?, ?> field) {
                found.add(field);
            } else {
                found.addAll(fields(child));
            }
        });
        return found;
    }

    private static List<TabSheet> tabSheets(Component root) {
        List<TabSheet> found = new ArrayList<>();
        root.getChildren().forEach(child -> {
            if (child instanceof TabSheet sheet) {
                found.add(sheet);
            }
            found.addAll(tabSheets(child));
        });
        return found;
    }
}
