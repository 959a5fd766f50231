package org.vangnet.sextortion;

/** How a client paid an extorter. */
public enum PaymentMethod {
    BANK_TRANSFER, MONEY_TRANSFER, CRYPTO, GIFT_CARD, PREPAID_VOUCHER, MOBILE_PAYMENT, OTHER
}
