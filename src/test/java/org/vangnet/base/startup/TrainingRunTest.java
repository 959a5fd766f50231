package org.vangnet.base.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

class TrainingRunTest {

    private final List<String> requested = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void asksForTheSignInPageSeveralTimesAndSucceedsWhenEachAnswered200() throws IOException {
        int port = serveSignInPageWith(200);

        assertThat(trainingOn(port).train()).isZero();
        assertThat(requested).hasSize(TrainingRun.SIGN_IN_PAGES).containsOnly("/login");
    }

    @Test
    void failsWhenTheSignInPageDoesNotAnswer200SoThatNoCacheOfABrokenStartIsKept() throws IOException {
        int port = serveSignInPageWith(503);

        assertThat(trainingOn(port).train()).isEqualTo(TrainingRun.FAILED);
        assertThat(requested).containsExactly("/login");
    }

    @Test
    void failsWhenNothingListensOnThePort() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(trainingOn(closedPort).train()).isEqualTo(TrainingRun.FAILED);
    }

    @Test
    void failsWithoutAWebServer() {
        var training = new TrainingRun(new GenericApplicationContext(), new MockEnvironment());

        assertThat(training.train()).isEqualTo(TrainingRun.FAILED);
    }

    private TrainingRun trainingOn(int port) {
        return new TrainingRun(new GenericApplicationContext(),
                new MockEnvironment().withProperty("local.server.port", String.valueOf(port)));
    }

    private int serveSignInPageWith(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }
}
