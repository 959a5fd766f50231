package org.vangnet.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;

/**
 * Keeps text in grids readable at ordinary widths (#16 point 4): free text wraps onto a second line
 * instead of ending in "…", and the whole text is there on hover too. Headers wrap for every grid
 * (styles/app.css), so a French header never needs a tooltip.
 */
public final class GridText {

    /** Part name styled in app.css: the cell's text wraps. */
    static final String WRAP_PART = "vn-wrap";

    private GridText() {
    }

    /** A column of free or listed text (what happened, notes, details): wraps, with the full text as tooltip. */
    public static <T> Grid.Column<T> wrapping(Grid.Column<T> column, SerializableFunction<T, String> text) {
        column.setPartNameGenerator(item -> WRAP_PART);
        column.setTooltipGenerator(text::apply);
        return column;
    }

    /**
     * Auto-width columns are measured against the rows first shown; a later refresh ("Gepland" turned
     * "Geschrapt") would be cut. Measure again whenever the grid's data is refreshed.
     */
    public static void refitOnRefresh(Grid<?> grid) {
        grid.getDataProvider().addDataProviderListener(event -> grid.recalculateColumnWidths());
    }
}
