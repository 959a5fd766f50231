package org.vangnet.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/**
 * Screenshots of the screens, per language. {@code VANGNET_SCREENS=docs/screens} (see README) writes
 * them where the repository keeps them; otherwise they go under target/screens.
 */
final class Screens {

    private Screens() {
    }

    static void take(Page page, String language, String screen) {
        String folder = System.getenv().getOrDefault("VANGNET_SCREENS", "target/screens");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, language, screen + ".png"))
                .setFullPage(true).setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
    }
}
