package org.vangnet.base.domain;

import java.util.Arrays;

/**
 * A rule of the domain was broken. Carries a translation key (and arguments) rather than text,
 * so the screen shows the reason in the user's language, next to the field when one is named.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A rule about one input field: the form shows the message next to that field. */
    public static DomainException onField(String field, String messageKey, Object... arguments) {
        return new DomainException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The name of the offending field, or {@code null} when the rule is not about one field. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
