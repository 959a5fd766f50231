package org.vangnet.base.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rule of the domain was broken. Carries a translation key (and arguments) rather than text,
 * so the screen shows the reason in the user's language, next to the field when one is named.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;
    /** Other rules broken by the same input, found in the same check: a form shows them all at once. */
    private final transient List<DomainException> alongside = new ArrayList<>();

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

    /**
     * Every broken rule of one check as one exception: the first, carrying the others. Callers that
     * know only one message still get a meaningful one; forms show each next to its field.
     */
    public static DomainException allOf(List<DomainException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        List<DomainException> flat = problems.stream().flatMap(p -> p.all().stream()).distinct().toList();
        flat.forEach(p -> p.alongside.clear());
        var first = flat.getFirst();
        first.alongside.addAll(flat.subList(1, flat.size()));
        return first;
    }

    /** This rule and any found alongside it, in the order they were checked. */
    public List<DomainException> all() {
        var all = new ArrayList<DomainException>();
        all.add(this);
        all.addAll(alongside);
        return all;
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
