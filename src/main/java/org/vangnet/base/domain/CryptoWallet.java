package org.vangnet.base.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A crypto-currency wallet address, checked for the shape of its network. Bitcoin legacy addresses
 * (base58, starting with 1 or 3) and Tron addresses are case-sensitive and kept as typed; Bitcoin
 * bech32 addresses ({@code bc1...}) and Ethereum addresses ({@code 0x} + 40 hex digits) are
 * case-insensitive and stored lower-case, so the same wallet typed twice is recognised. Only the
 * shape is checked, not the checksum: a typo in the middle of an address is not caught.
 */
public record CryptoWallet(Network network, String value) {

    public static final int MAX_LENGTH = 90;

    public enum Network { BITCOIN, ETHEREUM, TRON }

    private static final String BASE58 = "[1-9A-HJ-NP-Za-km-z]";
    private static final Pattern BITCOIN_BASE58 = Pattern.compile("[13]" + BASE58 + "{25,34}");
    private static final Pattern BITCOIN_BECH32 = Pattern.compile("bc1[02-9ac-hj-np-z]{11,71}");
    private static final Pattern ETHEREUM = Pattern.compile("0x[0-9a-f]{40}");
    private static final Pattern TRON = Pattern.compile("T" + BASE58 + "{33}");

    public CryptoWallet {
        if (network == null || value == null || detect(value) != network) {
            throw new IllegalArgumentException("Not a normalised wallet address");
        }
    }

    /** Parses what a person typed or pasted; throws a field-level {@link DomainException} when it is no known wallet shape. */
    public static CryptoWallet parse(String field, String typed) {
        String raw = typed == null ? "" : typed.strip();
        String lower = raw.toLowerCase(Locale.ROOT);
        String value;
        if (lower.startsWith("0x")) {
            value = lower;
        } else if (lower.startsWith("bc1")) {
            // bech32 is all lower or all upper case (QR codes use upper); mixed case is a corrupted address.
            value = raw.equals(lower) || raw.equals(raw.toUpperCase(Locale.ROOT)) ? lower : raw;
        } else {
            value = raw;
        }
        Network network = value.length() > MAX_LENGTH ? null : detect(value);
        if (network == null) {
            throw DomainException.onField(field, "validation.wallet.invalid");
        }
        return new CryptoWallet(network, value);
    }

    private static Network detect(String value) {
        if (BITCOIN_BASE58.matcher(value).matches() || BITCOIN_BECH32.matcher(value).matches()) {
            return Network.BITCOIN;
        }
        if (ETHEREUM.matcher(value).matches()) {
            return Network.ETHEREUM;
        }
        if (TRON.matcher(value).matches()) {
            return Network.TRON;
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
