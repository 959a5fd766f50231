package org.vangnet.cases.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vangnet.cases.CaseDetails;

/**
 * A tab another module adds to the case file (sextortion, takedowns...), so the case screens never
 * depend on those modules. Provide it as a bean; the case file shows one tab per provider, after
 * its own, in {@link #order()}.
 */
public interface CaseTabProvider {

    /** Translation key of the tab's title. */
    String titleKey();

    /** Position among the other modules' tabs: lower comes first. */
    int order();

    /**
     * Whether the signed-in user gets this tab on this case at all; most tabs are for everyone who
     * may open the case. The content's own service calls still check access.
     */
    default boolean isAvailable(CaseDetails details) {
        return true;
    }

    /**
     * The tab's content for one open case. Made the first time the tab is shown (a tab never opened
     * costs nothing) and kept while the case file is open. After a change it makes, the content calls
     * {@link OpenCase#changed()}: the header and every shown tab catch up. To catch up itself after a
     * change made elsewhere on the case file, it subscribes with {@link OpenCase#onChange}, and then
     * refreshes what it shows without discarding what the user has typed and not saved.
     */
    Component create(OpenCase openCase);

    /** A tab for everyone who may open the case: its title, its position and how its content is made. */
    static CaseTabProvider of(String titleKey, int order, Function<OpenCase, Component> content) {
        return of(titleKey, order, details -> true, content);
    }

    /** A tab for those of the users who may open the case for whom {@code available} holds. */
    static CaseTabProvider of(String titleKey, int order, Predicate<CaseDetails> available,
                              Function<OpenCase, Component> content) {
        return new CaseTabProvider() {
            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean isAvailable(CaseDetails details) {
                return available.test(details);
            }

            @Override
            public Component create(OpenCase openCase) {
                return content.apply(openCase);
            }
        };
    }
}
