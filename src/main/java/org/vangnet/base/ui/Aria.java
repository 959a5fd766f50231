package org.vangnet.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Workarounds for ARIA faults in Vaadin 25.2 web components that automated checks (axe-core, WCAG
 * 2.2 AA) flag as critical; decision 033 names the upstream issues. Remove each once Vaadin fixes it.
 */
public final class Aria {

    private Aria() {
    }

    /**
     * vaadin-tabs renders its scrolling box as {@code <div part="tabs" tabindex="-1">} inside the
     * element with role tablist; a focusable generic element is not an allowed child of a tablist
     * (axe {@code aria-required-children}), so screen readers may not see the tabs as one list. The
     * box only needs the attribute to stay out of the Tab order when it scrolls, and a box whose
     * tabs can take the focus is never a Tab stop of its own, so the attribute goes. Works on a
     * {@code Tabs} or on anything holding one (a {@code TabSheet}).
     */
    public static <C extends Component> C tablistWithoutFocusableScroller(C tabsOrHolder) {
        tabsOrHolder.addAttachListener(event -> tabsOrHolder.getElement().executeJs("""
                const lists = this.localName === 'vaadin-tabs' ? [this] : Array.from(this.querySelectorAll('vaadin-tabs'));
                customElements.whenDefined('vaadin-tabs')
                  .then(() => Promise.all(lists.map(list => list.updateComplete)))
                  .then(() => lists.forEach(list => {
                    const box = list.shadowRoot && list.shadowRoot.querySelector('[part~="tabs"]');
                    if (box) { box.removeAttribute('tabindex'); }
                  }));
                """));
        return tabsOrHolder;
    }
}
