package org.vangnet.base.ui.error;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short id shown to the user and written to the log, so support can find the error without showing it. */
final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
