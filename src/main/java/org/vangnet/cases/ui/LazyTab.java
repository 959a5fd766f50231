package org.vangnet.cases.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/**
 * A case file tab whose content is made the first time it is shown: the TabSheet attaches only the
 * selected tab, so a tab that is never opened costs no query.
 */
class LazyTab extends Div {

    private final Supplier<Component> content;
    private boolean made;

    LazyTab(Supplier<Component> content) {
        this.content = content;
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (!made) {
            made = true;
            add(content.get());
        }
    }
}
