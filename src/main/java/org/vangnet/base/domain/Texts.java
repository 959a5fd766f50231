package org.vangnet.base.domain;

/** Free text typed into a form: trimmed, empty meaning "none", and never longer than its column. */
public final class Texts {

    private Texts() {
    }

    /** The trimmed value, or {@code null} when blank; refuses (on {@code field}) what is longer than {@code max}. */
    public static String optional(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw DomainException.onField(field, "validation.too-long", max);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** Like {@link #optional}, but a blank value is refused as well. */
    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw DomainException.onField(field, "validation.required");
        }
        return text;
    }
}
