package org.vangnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.SignedIn;

/** Issue 16, point 1: at 1280 px and on a 1024 px laptop every tab of the case file is in sight, whole. */
class CaseFileLayoutIT extends BrowserTest {

    @Autowired
    CaseService cases;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void everyTabOfAMinorsCaseFileIsWhollyVisibleAt1280And1024Pixels() {
        // A minor's case: the widest route panel and every tab (sextortion included).
        Long caseId = new SignedIn(users, securityContext).as("lotte", () -> cases.open(new NewCase(IntakeChannel.CHAT,
                new ClientDetails("Breedte", 15, null, 15, "nl", true, false, false, List.of()),
                Set.of(HarmKind.LEAKED_IMAGES, HarmKind.SEXTORTION), null)));
        signIn("lotte");
        for (int width : new int[] {1280, 1024}) {
            page.setViewportSize(width, 800);
            page.navigate(url("/cases/" + caseId));
            var tabs = page.locator(".vn-case-tabs vaadin-tab");
            tabs.first().waitFor();
            assertThat(tabs.count()).isGreaterThanOrEqualTo(9);
            for (int i = 0; i < tabs.count(); i++) {
                var box = tabs.nth(i).boundingBox();
                String label = tabs.nth(i).innerText().strip();
                assertThat(box.x).as("%s at %d px starts on screen", label, width).isGreaterThanOrEqualTo(0);
                assertThat(box.x + box.width).as("%s at %d px ends on screen", label, width).isLessThanOrEqualTo(width);
                assertThat((Boolean) tabs.nth(i).evaluate("t => t.scrollWidth <= t.clientWidth + 1"))
                        .as("%s at %d px not cut off", label, width).isTrue();
            }
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling at %d px", width).isTrue();
            screenshot("case-file-" + width);
        }
    }
}
