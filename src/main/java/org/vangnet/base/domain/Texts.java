package org.vangnet.base.domain;

import java.text.Normalizer;

/**
 * Free text typed into a form: the one place that decides what Vangnet stores of it (decision 024).
 *
 * <p><b>Normalised</b>, silently, because the user cannot see the difference: Unicode NFC (an
 * "é" typed or pasted in two pieces is one letter, so lookups find it), line ends as {@code \n},
 * white space stripped at both ends; in one-line text ({@link #line}) tabs and line breaks become
 * spaces and zero-width characters at the ends go too.
 *
 * <p><b>Refused</b>, with a message next to the field, because storing them silently changes or
 * hides what was typed: control characters other than tab and line breaks (NUL among them, which
 * PostgreSQL cannot store at all), unpaired surrogates (half an emoji from a broken paste; the
 * database driver would store "?"), and the characters that reorder text on screen (U+202A-U+202E,
 * U+2066-U+2069: "etisiv" shown as "visite"). Names ({@link #name}) must moreover contain something
 * visible: only zero-width or other format characters is refused as empty.
 *
 * <p>Searches never fail on such text: {@link #searchable} drops what cannot match.
 */
public final class Texts {

    public static final String INVALID_CHARACTER = "validation.text.invalid-character";
    public static final String DIRECTION_CONTROL = "validation.text.direction-control";

    private Texts() {
    }

    /** The cleaned value, or {@code null} when blank; refuses (on {@code field}) what is longer than {@code max}. */
    public static String optional(String field, String value, int max) {
        String text = clean(field, value, false);
        if (text.length() > max) {
            throw DomainException.onField(field, "validation.too-long", max);
        }
        return text.isEmpty() ? null : text;
    }

    /** Like {@link #optional}, but a blank value is refused as well. */
    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw DomainException.onField(field, "validation.required");
        }
        return text;
    }

    /** One line of text (a name, a reason, a ticket number), or {@code null} when blank. */
    public static String line(String field, String value, int max) {
        String text = clean(field, value, true);
        if (text.length() > max) {
            throw DomainException.onField(field, "validation.too-long", max);
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * A name shown in lists (an alias, a team): one line with at least one visible character;
     * {@code requiredKey} is the message when there is none.
     */
    public static String name(String field, String value, int max, String requiredKey) {
        String text = line(field, value, max);
        if (text == null || !hasVisibleCharacter(text)) {
            throw DomainException.onField(field, requiredKey);
        }
        return text;
    }

    /** Text to search with: never refused, whatever it holds; what no stored text can contain is left out. */
    public static String searchable(String value) {
        if (value == null) {
            return "";
        }
        var kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                kept.append(c).append(value.charAt(++i));
            } else if (!Character.isSurrogate(c) && !Character.isISOControl(c) && !isDirectionControl(c)) {
                kept.append(c);
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC).strip();
    }

    private static String clean(String field, String value, boolean oneLine) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)
                    || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                throw DomainException.onField(field, INVALID_CHARACTER, String.format("U+%04X", (int) c), i + 1);
            } else if (isDirectionControl(c)) {
                throw DomainException.onField(field, DIRECTION_CONTROL);
            }
        }
        if (oneLine) {
            text = text.replace('\n', ' ').replace('\t', ' ');
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return oneLine ? stripInvisible(text) : text;
    }

    /** Zero-width characters at either end of a line: they only make "Mila" and "\u200BMila" two names. */
    private static String stripInvisible(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isInvisible(text.charAt(start))) {
            start++;
        }
        while (end > start && isInvisible(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /** Embeddings, overrides and isolates: they make text display in another order than it was typed. */
    private static boolean isDirectionControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Letters, digits, punctuation, symbols; not white space, format characters (zero-width) or controls. */
    private static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.CONTROL
                && cp != 0x3164 && cp != 0x115F && cp != 0x1160 && cp != 0x2800);
    }
}
