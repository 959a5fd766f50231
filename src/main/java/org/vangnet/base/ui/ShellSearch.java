package org.vangnet.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A search field another module puts in the shell's header (the cases module's one search box).
 * Provide it as a bean; the shell asks it once per page layout.
 */
public interface ShellSearch {

    /** The field for the signed-in user, or {@code null} when they may not search. */
    Component create();
}
