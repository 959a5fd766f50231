package org.vangnet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** Copies a text to the user's clipboard (to paste into a chat) and says whether the browser allowed it. */
public final class CopyText {

    private CopyText() {
    }

    /** {@code doneKey} and {@code failedKey} are the translation keys of the two outcomes' messages. */
    public static void copy(Component host, String text, String doneKey, String failedKey) {
        host.getUI().map(UI::getPage).ifPresent(page -> page
                .executeJs("return navigator.clipboard.writeText($0)", text)
                .then(done -> FormErrors.notifySuccess(host.getTranslation(doneKey)),
                        failed -> FormErrors.notifyError(host.getTranslation(failedKey))));
    }
}
