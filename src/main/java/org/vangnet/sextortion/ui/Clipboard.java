package org.vangnet.sextortion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.vangnet.base.ui.FormErrors;

/** Copies text to the user's clipboard, and says whether it worked (a browser may refuse). */
final class Clipboard {

    private Clipboard() {
    }

    static void copy(Component host, String text) {
        host.getUI().map(UI::getPage).ifPresent(page -> page
                .executeJs("return navigator.clipboard.writeText($0)", text)
                .then(done -> FormErrors.notifySuccess(host.getTranslation("sextortion.copied")),
                        failed -> FormErrors.notifyError(host.getTranslation("sextortion.copy-failed"))));
    }
}
