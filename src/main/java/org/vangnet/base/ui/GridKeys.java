package org.vangnet.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Enter on a focused grid row follows the row's link (#16 point 13). vaadin-grid turns Enter on a
 * cell into "interaction mode" or a {@code cell-activate} event, never a click, so a list whose rows
 * open by click could not be opened by keyboard. The row's first link is the way in for keyboard and
 * screen-reader users alike; this only saves them a step into the cell first.
 */
public final class GridKeys {

    private static final String ENTER_FOLLOWS_LINK = """
            if (this.__vnEnterFollowsLink) { return; }
            this.__vnEnterFollowsLink = true;
            this.addEventListener('keydown', e => {
              if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) { return; }
              const cell = e.composedPath()[0];
              // Only from a focused body cell: in a field or link inside the cell, Enter is theirs.
              if (!cell || !cell.part || !cell.part.contains('body-cell')) { return; }
              const link = Array.from(cell.parentElement.querySelectorAll('slot'))
                  .flatMap(slot => slot.assignedElements())
                  .map(content => content.querySelector('a[href]')).find(a => a);
              if (link) {
                e.preventDefault();
                e.stopPropagation();
                link.click();
              }
            }, true);
            """;

    private GridKeys() {
    }

    /** Enter on a focused row acts as a click on the first link in that row. */
    public static void enterFollowsRowLink(Grid<?> grid) {
        grid.addAttachListener(event -> grid.getElement().executeJs(ENTER_FOLLOWS_LINK));
    }
}
