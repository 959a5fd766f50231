package org.vangnet.security;

import org.vangnet.base.domain.DomainException;

/**
 * NIST SP 800-63B / OWASP: length is what counts. At least 12 characters, long passphrases
 * welcome, no composition rules. The upper bound only protects the hashing from abuse.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Throws a field-level {@link DomainException} when the password is not acceptable. */
    public static void check(String field, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw DomainException.onField(field, "validation.password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw DomainException.onField(field, "validation.password.too-long", MAX_LENGTH);
        }
        if (password.isBlank()) {
            throw DomainException.onField(field, "validation.password.blank");
        }
    }
}
