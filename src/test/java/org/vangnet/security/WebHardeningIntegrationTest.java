package org.vangnet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The headers and sign-in hardening of decision 019, over real HTTP against the running
 * application: what a browser (or an attacker without one) actually gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebHardeningIntegrationTest {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login", "/styles/app.css", "/VAADIN/", "/", "/cases", "/this/does/not/exist"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        var response = get(path);

        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(WebSecurityProperties.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        // A style sheet may be revalidated from the cache; anything else is never stored.
        assertThat(headers.firstValue("Cache-Control").orElseThrow()).contains(path.endsWith(".css") ? "no-cache" : "no-store");
        // Over plain HTTP a browser ignores HSTS; sending it would only pin a developer's localhost.
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theLoginPageIsNotCachedAndItsPolicyForbidsFramingAndPlugins() throws Exception {
        var response = get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache, no-store, max-age=0, must-revalidate");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
    }

    @Test
    void vaadinsVersionedFilesKeepTheirOwnCachingSoTheBrowserDoesNotAskForThemOnEveryPage() throws Exception {
        String script = firstMatch(get("/login").body(), "src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");

        var headers = get("/" + script).headers();
        // Vaadin's own: max-age=3600 in production mode, no-cache in development mode (these tests);
        // never the no-store of every other answer.
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).isIn("max-age=3600", "no-cache"));
        // Chromium revalidates anything answered with "Pragma: no-cache", whatever Cache-Control says.
        assertThat(headers.firstValue("Pragma")).isEmpty();
        assertThat(headers.firstValue("Expires")).isEmpty();
        assertThat(headers.firstValue("Content-Security-Policy")).isPresent();
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aStyleSheetLinkedWithItsContentHashIsLeftToVaadinsCaching() throws Exception {
        var headers = get("/styles/app.css?v-c=" + System.nanoTime()).headers();

        assertThat(headers.firstValue("Pragma")).isEmpty();
        assertThat(headers.firstValue("Expires")).isEmpty();
        assertThat(headers.firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login?v-c=1", "/cases?v-c=1.css", "/login?x=.css&v-c=1"})
    void anAddressThatOnlyLooksVersionedIsStillNeverStored(String path) throws Exception {
        assertThat(get(path).headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store"));
    }

    private static String firstMatch(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in the login page", regex).isTrue();
        return matcher.group(1);
    }

    @Test
    void overHttpsForwardedByTheProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        var response = http.send(request("/login").header("X-Forwarded-Proto", "https").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(sessionCookie(response)).contains("; Secure").contains("HttpOnly");
    }

    @Test
    void overPlainHttpTheCookieIsHttpOnlyButNotSecure() throws Exception {
        var response = get("/login");

        assertThat(sessionCookie(response)).contains("HttpOnly").doesNotContain("Secure");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/VAADIN/", "/admin/users", "/cases"})
    void anAnonymousRequestIsSentToTheLoginPageWithoutTheSessionIdInTheUrl(String path) throws Exception {
        var response = get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/login").doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void aSignInPostWithoutTheCsrfTokenIsRefusedAndSignsNobodyIn() throws Exception {
        var page = get("/login");
        long logins = logins("lotte");

        var response = postLogin(sessionCookie(page), "username=lotte&password=vangnet-demo-2026");

        // Vaadin's access-denied handler answers a CSRF refusal with the login page, like an expired session.
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(logins("lotte")).isEqualTo(logins);
    }

    @Test
    void theLoginPageHandsTheFormItsCsrfTokenAndAPostWithItIsAccepted() throws Exception {
        var page = get("/login");
        Matcher meta = META.matcher(page.body());
        String parameter = null;
        String token = null;
        while (meta.find()) {
            if (meta.group(1).equals("_csrf")) {
                token = meta.group(2);
            } else {
                parameter = meta.group(2);
            }
        }
        assertThat(parameter).isEqualTo("_csrf");
        assertThat(token).isNotBlank();
        long logins = logins("lotte");

        var response = postLogin(sessionCookie(page), "username=lotte&password=vangnet-demo-2026&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(302);
        // The password is right: on to the second step (decision 020), not yet signed in.
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in/second-factor");
        assertThat(logins("lotte")).isEqualTo(logins);
    }

    private HttpResponse<String> postLogin(String cookie, String form) throws IOException, InterruptedException {
        return http.send(request("/login").header("Cookie", cookie.split(";", 2)[0])
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    private long logins(String username) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN' and actor = ?",
                Long.class, username);
    }
}
