package org.vangnet.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Firefox 133 · Windows" from a User-Agent header: enough for a person to recognise their own
 * sessions on "My account" (decision 039), and no more. The header itself is not stored: it is long,
 * and together with the times it says more about a device than anyone needs.
 */
final class BrowserSummary {

    static final int MAX_LENGTH = 100;

    private record Rule(Pattern pattern, String name) {
    }

    /** Order matters: Edge and Opera also say Chrome, Chrome also says Safari. */
    private static final List<Rule> BROWSERS = List.of(
            new Rule(Pattern.compile("Edg(?:e|A|iOS)?/(\\d+)"), "Edge"),
            new Rule(Pattern.compile("(?:OPR|Opera)/(\\d+)"), "Opera"),
            new Rule(Pattern.compile("SamsungBrowser/(\\d+)"), "Samsung Internet"),
            new Rule(Pattern.compile("(?:Firefox|FxiOS)/(\\d+)"), "Firefox"),
            new Rule(Pattern.compile("(?:HeadlessChrome|Chromium|Chrome|CriOS)/(\\d+)"), "Chrome"),
            new Rule(Pattern.compile("Version/(\\d+)[^ ]* (?:Mobile/\\S+ )?Safari/"), "Safari"));

    private static final List<Rule> SYSTEMS = List.of(
            new Rule(Pattern.compile("iPhone|iPad|iPod"), "iOS"),
            new Rule(Pattern.compile("Android"), "Android"),
            new Rule(Pattern.compile("CrOS"), "ChromeOS"),
            new Rule(Pattern.compile("Windows"), "Windows"),
            new Rule(Pattern.compile("Mac OS X|Macintosh"), "macOS"),
            new Rule(Pattern.compile("Linux"), "Linux"));

    private BrowserSummary() {
    }

    /** The browser with its major version and the operating system, or an empty text when neither is known. */
    static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "";
        }
        String browser = "";
        for (Rule rule : BROWSERS) {
            Matcher matcher = rule.pattern().matcher(userAgent);
            if (matcher.find()) {
                browser = rule.name() + " " + matcher.group(1);
                break;
            }
        }
        String system = SYSTEMS.stream().filter(rule -> rule.pattern().matcher(userAgent).find())
                .map(Rule::name).findFirst().orElse("");
        String summary = browser.isEmpty() || system.isEmpty() ? browser + system : browser + " · " + system;
        return summary.length() > MAX_LENGTH ? summary.substring(0, MAX_LENGTH) : summary.strip();
    }
}
