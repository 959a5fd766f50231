package org.vangnet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.vangnet.base.domain.DomainException;

/**
 * Shows a rule the domain refused, in the user's language: next to the field it is about, or as a
 * notification when it concerns the whole form. The form keeps everything the user typed.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(Component host, DomainException error, Map<String, ? extends HasValidation> fields) {
        String text = host.getTranslation(error.messageKey(), error.arguments());
        HasValidation field = error.field() == null ? null : fields.get(error.field());
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        } else {
            notifyError(text);
        }
    }

    /**
     * Runs {@code change} after clearing earlier messages; a rule the domain refused is shown next
     * to its field (or as a notification) and the form keeps its input. Returns whether it went through.
     */
    public static boolean tryChange(Component host, Map<String, ? extends HasValidation> fields, Runnable change) {
        clear(fields);
        try {
            change.run();
            return true;
        } catch (DomainException e) {
            show(host, e, fields);
            return false;
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    public static void notifyError(String text) {
        var notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void notifySuccess(String text) {
        var notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
