package org.vangnet.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * What happened to the client; a case can have several. Each kind has a fixed bit, which is how
 * the case keeps its kinds for the list (V030_1's {@code harm_bit}, decision 045): a new kind takes
 * the next free bit there and here, and no bit is ever reused.
 */
public enum HarmKind {
    LEAKED_IMAGES(1), SEXTORTION(2), SEXTING_WORRY(4), DEEPFAKE(8), HACKED_ACCOUNT(16);

    private final int bit;

    HarmKind(int bit) {
        this.bit = bit;
    }

    /** This kind's bit in a case's harm mask. */
    public int bit() {
        return bit;
    }

    /** The mask of these kinds. */
    static short mask(Set<HarmKind> kinds) {
        int mask = 0;
        for (HarmKind kind : kinds) {
            mask |= kind.bit;
        }
        return (short) mask;
    }

    /** The kinds whose bits are set in {@code mask}. */
    static Set<HarmKind> ofMask(int mask) {
        Set<HarmKind> kinds = EnumSet.noneOf(HarmKind.class);
        for (HarmKind kind : values()) {
            if ((mask & kind.bit) != 0) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
