package org.vangnet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.vangnet.security.ui.SecondFactorView;

/** What is kept of the page a user was sent to sign in from, and when a session counts as ended (decision 037). */
class ReturnToPlaceTest {

    private final ReturnToPlace cache = new ReturnToPlace();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void thePageOfAnEndedSessionIsKeptWithItsQueryAndTheEndIsNoted() {
        var request = page("/cases/42", "tab=notes");
        request.setRequestedSessionId("gone-with-its-node");
        request.setRequestedSessionIdValid(false);

        cache.saveRequest(request, response);

        assertThat(ReturnToPlace.sessionEnded(request.getSession(false))).isTrue();
        assertThat(ReturnToPlace.take(request.getSession(false))).contains("cases/42?tab=notes");
        assertThat(ReturnToPlace.take(request.getSession(false))).as("taken once").isEmpty();
        assertThat(ReturnToPlace.sessionEnded(request.getSession(false))).isFalse();
    }

    @Test
    void aFirstVisitIsNoEndedSession() {
        var request = page("/cases", null);

        cache.saveRequest(request, response);

        assertThat(ReturnToPlace.sessionEnded(request.getSession(false))).isFalse();
        assertThat(ReturnToPlace.take(request.getSession(false))).contains("cases");
    }

    @Test
    void thePlaceOutlivesSpringsSavedRequestWhichTheFirstStepDrops() {
        var request = page("/my-work", null);
        cache.saveRequest(request, response);

        cache.removeRequest(request, response);

        assertThat(cache.getRequest(request, response)).isNull();
        assertThat(ReturnToPlace.take(request.getSession(false))).contains("my-work");
    }

    @Test
    void whatSpringDoesNotSaveIsNoPlaceToReturnTo() {
        var post = page("/cases/42", null);
        post.setMethod("POST");
        var script = page("/cases/42", null);
        script.addHeader("X-Requested-With", "XMLHttpRequest");

        cache.saveRequest(post, response);
        cache.saveRequest(script, response);

        assertThat(ReturnToPlace.take(post.getSession(true))).isEmpty();
        assertThat(ReturnToPlace.take(script.getSession(true))).isEmpty();
    }

    @Test
    void onlyPathsOfThisApplicationOutsideTheSignInStepsCount() {
        assertThat(ReturnToPlace.isOwnPage("/cases/42")).isTrue();
        assertThat(ReturnToPlace.isOwnPage("/")).isTrue();
        assertThat(ReturnToPlace.isOwnPage("//evil.example/x")).isFalse();
        assertThat(ReturnToPlace.isOwnPage("/\\evil.example")).isFalse();
        assertThat(ReturnToPlace.isOwnPage("https://evil.example")).isFalse();
        assertThat(ReturnToPlace.isOwnPage("/login?error")).isFalse();
        assertThat(ReturnToPlace.isOwnPage("/" + SecondFactorView.ROUTE)).isFalse();
    }

    private static MockHttpServletRequest page(String path, String query) {
        var request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        request.addHeader("Accept", "text/html");
        return request;
    }
}
