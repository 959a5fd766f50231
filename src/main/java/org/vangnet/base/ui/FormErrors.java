package org.vangnet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.vangnet.base.domain.DomainException;

/**
 * Shows a rule the domain refused, in the user's language: next to the field it is about, or as a
 * notification when it concerns the whole form. The form keeps everything the user typed. Forms bind
 * their record with {@link DomainForm} (its notifications come from here); what is left here is
 * for actions without fields and the one form on a bean Binder ({@code UserDialog}).
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Every rule the input broke, each next to its field (the rest as one notification); the first
     * field in error gets the focus, so a keyboard or screen-reader user lands on what to fix.
     */
    public static void show(Component host, DomainException error, Map<String, ? extends HasValidation> fields) {
        HasValidation first = null;
        var elsewhere = new java.util.ArrayList<String>();
        var marked = new java.util.HashSet<HasValidation>();
        for (DomainException problem : error.all()) {
            String text = host.getTranslation(problem.messageKey(), problem.arguments());
            HasValidation field = problem.field() == null ? null : fields.get(problem.field());
            if (field == null) {
                elsewhere.add(text);
            } else if (marked.add(field)) {
                field.setErrorMessage(text);
                field.setInvalid(true);
                first = first == null ? field : first;
            }
        }
        if (!elsewhere.isEmpty()) {
            notifyError(String.join(" ", elsewhere));
        }
        if (first instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /**
     * Runs an action that has no fields to mark (ending a session, asking for a passkey): a rule the
     * domain refused is one notification. Returns whether it went through. Forms use {@link DomainForm}.
     */
    public static boolean tryAction(Component host, Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            show(host, e, Map.of());
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
