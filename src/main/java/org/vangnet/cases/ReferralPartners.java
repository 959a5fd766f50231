package org.vangnet.cases;

import java.util.Optional;

/**
 * The partners a client can be referred to, as another module keeps them (the referral directory).
 * The cases module only needs to know that a partner exists and what it is called; provide a bean.
 */
public interface ReferralPartners {

    /** An active partner by its id. */
    Optional<PartnerRef> active(Long partnerId);

    /** The partner that stands for one of the fixed {@link Partner} names of earlier versions, if any. */
    Optional<PartnerRef> byCode(Partner partner);

    /**
     * A partner as a referral names it. {@code code} is the {@link Partner} it stands for, or
     * {@code null} for one an administrator added.
     */
    record PartnerRef(Long id, Partner code, String name) {
    }
}
