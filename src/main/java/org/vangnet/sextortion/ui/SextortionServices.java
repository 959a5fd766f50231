package org.vangnet.sextortion.ui;

import java.time.Clock;
import org.vangnet.sextortion.ContactLogService;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.sextortion.MoneyRecoveryService;
import org.vangnet.sextortion.SextortionQueries;

/** The services the sextortion tab works with, handed down to its parts in one piece. */
record SextortionServices(SextortionQueries queries, ExtorterService extorters, ContactLogService contacts,
                          MoneyRecoveryService recoveries, Clock clock) {
}
