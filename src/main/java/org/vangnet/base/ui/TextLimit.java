package org.vangnet.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A text field that counts instead of cutting. A browser's maxlength drops whatever is pasted past
 * the limit without a word, so a 5,000-character note lost its end unseen. Here nothing is cut: the
 * helper line (read out by screen readers with the field) shows how much is used, and past the limit
 * the field says so at once; the domain refuses the same length when saving, next to the field, with
 * everything typed still there.
 */
public final class TextLimit {

    private TextLimit() {
    }

    public static TextField counted(TextField field, int max) {
        // Our messages decide validity; the component's own check would clear them on blur.
        field.setManualValidation(true);
        install(field, max, field.getHelperText());
        return field;
    }

    public static TextArea counted(TextArea area, int max) {
        area.setManualValidation(true);
        install(area, max, area.getHelperText());
        return area;
    }

    private static void install(TextFieldBase<?, String> field, int max, String helperText) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        var counter = new Span();
        counter.addClassName("vn-counter");
        var helper = new Div();
        if (helperText != null && !helperText.isBlank()) {
            helper.add(new Span(helperText + " "));
        }
        helper.add(counter);
        field.setHelperText(null);
        field.setHelperComponent(helper);
        boolean[] shownByUs = {false};
        Runnable update = () -> {
            int length = field.getValue() == null ? 0 : field.getValue().length();
            counter.setText(field.getTranslation("field.count", length, max));
            counter.getElement().getClassList().set("vn-counter-over", length > max);
            if (length > max) {
                field.setErrorMessage(field.getTranslation("validation.too-long-now", max, length));
                field.setInvalid(true);
                shownByUs[0] = true;
            } else if (shownByUs[0]) {
                // Only our own message goes when the text fits again; a domain message stays until the next save.
                field.setInvalid(false);
                shownByUs[0] = false;
            }
        };
        field.addValueChangeListener(e -> update.run());
        update.run();
    }
}
