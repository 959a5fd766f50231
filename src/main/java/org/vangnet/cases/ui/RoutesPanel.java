package org.vangnet.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Where to go from here, by age: a minor (now or when the images were made) goes to the child
 * helpline and Take It Down and no image is ever kept; an adult to the equality institute and
 * StopNCII, whose case number is recorded and whose PIN never is.
 */
class RoutesPanel extends Div {

    RoutesPanel(boolean minorInvolved) {
        addClassNames("vn-card", minorInvolved ? "vn-routes-minor" : "vn-routes-adult");
        String prefix = minorInvolved ? "case.routes.minor." : "case.routes.adult.";
        var list = new UnorderedList();
        for (String line : new String[] {"1", "2", "3"}) {
            list.add(new ListItem(getTranslation(prefix + line)));
        }
        add(new H3(getTranslation(prefix + "title")), list);
    }
}
