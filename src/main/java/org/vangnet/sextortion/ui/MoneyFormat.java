package org.vangnet.sextortion.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts as the user's language writes them, with their currency. */
final class MoneyFormat {

    private MoneyFormat() {
    }

    static String of(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }
}
