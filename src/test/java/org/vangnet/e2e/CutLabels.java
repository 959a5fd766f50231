package org.vangnet.e2e;

import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Labels the browser cuts with "…" (#16 point 4): side-menu entries and grid column headers whose
 * text is wider than the box showing it. Measured, not guessed from text lengths, so a translation
 * that grows is caught in the language it grows in.
 */
final class CutLabels {

    private CutLabels() {
    }

    /** The text of every cut menu entry and grid header on the page, as "menu: …" or "header: …". */
    @SuppressWarnings("unchecked")
    static List<String> in(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const cut = el => el && el.scrollWidth > el.clientWidth + 1;
                  const found = [];
                  document.querySelectorAll('vaadin-side-nav-item').forEach(item => {
                    const label = item.shadowRoot && item.shadowRoot.querySelector('slot:not([name])');
                    if (cut(label)) { found.push('menu: ' + item.textContent.trim()); }
                  });
                  document.querySelectorAll('vaadin-grid').forEach(grid => {
                    if (!grid.shadowRoot || grid.offsetParent === null) { return; }
                    grid.shadowRoot.querySelectorAll('[part~="header-cell"] slot').forEach(slot => {
                      slot.assignedElements().forEach(content => {
                        const sorter = content.querySelector('vaadin-grid-sorter');
                        const box = sorter && sorter.shadowRoot ? sorter.shadowRoot.querySelector('[part="content"]') : content;
                        if (content.textContent.trim() && (cut(content) || cut(box))) {
                          found.push('header: ' + content.textContent.trim());
                        }
                      });
                    });
                  });
                  return found;
                }""");
    }
}
