package org.vangnet.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A block another module adds to the home page (the referral directory, say), below the routes.
 * Provide it as a bean; sections appear in {@link #order()}, each only when it has something for
 * the signed-in user.
 */
public interface HomeSection {

    /** Position among the sections: lower comes first. */
    int order();

    /** The section for the signed-in user, or {@code null} when there is nothing to show them. */
    Component create();
}
