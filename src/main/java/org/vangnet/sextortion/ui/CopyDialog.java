package org.vangnet.sextortion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** The extorter's identifiers as text, also shown, for when the browser does not allow copying. */
class CopyDialog extends Dialog {

    CopyDialog(String text) {
        setHeaderTitle(getTranslation("sextortion.copy-all"));
        var help = new Paragraph(getTranslation("sextortion.copy-all.help"));
        help.addClassName("vn-muted");
        var area = new TextArea();
        area.setAriaLabel(getTranslation("sextortion.copy-all"));
        area.setValue(text);
        area.setReadOnly(true);
        area.setWidth("32rem");
        area.addClassName("vn-copy-text");
        add(help, area);
        var copy = new Button(getTranslation("sextortion.copy"), click -> Clipboard.copy(this, text));
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("sextortion.close"), click -> close()), copy);
    }
}
