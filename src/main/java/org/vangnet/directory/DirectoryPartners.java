package org.vangnet.directory;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.cases.Partner;
import org.vangnet.cases.ReferralPartners;

/** Lets the cases module check the partner of a referral without knowing this module. */
@Component
class DirectoryPartners implements ReferralPartners {

    private final ReferralPartnerRepository partners;

    DirectoryPartners(ReferralPartnerRepository partners) {
        this.partners = partners;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnerRef> active(Long partnerId) {
        return partners.findById(partnerId).filter(ReferralPartner::isActive).map(DirectoryPartners::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnerRef> byCode(Partner partner) {
        return partner == null || partner == Partner.OTHER ? Optional.empty()
                : partners.findByCode(partner.name()).map(DirectoryPartners::ref);
    }

    private static PartnerRef ref(ReferralPartner partner) {
        return new PartnerRef(partner.getId(), partner.getCode() == null ? null : Partner.valueOf(partner.getCode()),
                partner.getName());
    }
}
