package org.vangnet.sextortion;

import java.util.List;

/** The currencies offered first on the forms; any ISO 4217 code is accepted by the domain. */
public final class Currencies {

    public static final String DEFAULT = "EUR";
    public static final List<String> COMMON = List.of("EUR", "USD", "GBP", "CHF", "PLN", "RON", "TRY", "MAD", "CAD",
            "AUD", "INR", "NGN", "PHP");

    private Currencies() {
    }
}
