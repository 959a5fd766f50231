package org.vangnet.conversations;

import org.vangnet.cases.IntakeChannel;

/** How a contact took place. */
public enum ConversationChannel {
    PHONE, CHAT, EMAIL, FORUM, WALK_IN, VIDEO, OTHER;

    /** The channel of the intake, the case's first contact; a referral by someone else is OTHER. */
    static ConversationChannel ofIntake(IntakeChannel intake) {
        return intake == IntakeChannel.REFERRAL ? OTHER : valueOf(intake.name());
    }
}
