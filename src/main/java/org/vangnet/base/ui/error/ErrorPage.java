package org.vangnet.base.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The common face of the error views: a title, a plain explanation, optionally a reference, a way home. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph message = new Paragraph();
    private final Paragraph reference = new Paragraph();

    ErrorPage() {
        addClassName("vn-error-page");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        setSizeFull();
        var icon = VaadinIcon.EXCLAMATION_CIRCLE_O.create();
        icon.addClassName("vn-error-icon");
        reference.addClassName("vn-error-reference");
        reference.setVisible(false);
        var home = new Anchor("", getTranslation("error.home"));
        add(icon, title, message, reference, home);
    }

    void show(String titleKey, String messageKey, String referenceId) {
        title.setText(getTranslation(titleKey));
        message.setText(getTranslation(messageKey));
        if (referenceId != null) {
            reference.setText(getTranslation("error.reference", referenceId));
            reference.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}
