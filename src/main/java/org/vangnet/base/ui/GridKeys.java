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
              const path = e.composedPath();
              // In a link or a text field inside the row, Enter is theirs.
              if (path[0].closest && path[0].closest('a[href], input:not([type=checkbox]), textarea')) { return; }
              // The body row the key was pressed in: the focused row itself, or the row of the focused
              // cell or of the cell's content (the path runs through the cell's slot into the shadow root).
              const row = path.find(el => el.part && el.part.contains('body-row'));
              if (!row) { return; }
              const link = Array.from(row.querySelectorAll('slot'))
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
