package org.vangnet.sextortion;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.vangnet.base.domain.DomainException;

/** The checks every amount of money in this module goes through: positive, cents at most, a real ISO 4217 currency. */
final class Money {

    /** Fits the columns, numeric(12, 2). */
    static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Money() {
    }

    static BigDecimal amount(String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() <= 0 || amount.compareTo(MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField(field, "validation.money.amount");
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    static String currency(String field, String code) {
        String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{3}")) {
            throw DomainException.onField(field, "validation.money.currency");
        }
        try {
            return Currency.getInstance(value).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            throw DomainException.onField(field, "validation.money.currency");
        }
    }
}
