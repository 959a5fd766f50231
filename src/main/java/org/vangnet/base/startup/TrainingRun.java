package org.vangnet.base.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training run of the JVM's AOT cache (decision 053). {@code ops/start.sh} starts the extracted jar
 * once with {@code -XX:AOTCacheOutput=… --vangnet.start-up.train-and-exit=true --server.port=0}
 * whenever the jar or the JDK is new. The application then starts exactly as it always does (Flyway,
 * Hibernate, the repositories, Spring Security, the web server with Vaadin's servlet), asks itself for
 * the sign-in page a few times, the path a real start is timed on, and exits; the JVM writes the cache
 * as it exits. It runs before every other application runner, so a training run against a production
 * database neither announces a setup token (void after the exit) nor writes demo data.
 */
@Component
@ConditionalOnBooleanProperty("vangnet.start-up.train-and-exit")
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingRun implements ApplicationRunner {

    /** The exit code when the sign-in page did not answer 200: no cache is then worth keeping. */
    static final int FAILED = 4;
    /** Enough requests for the JIT's profiles of the path through the filters and Vaadin's bootstrap. */
    static final int SIGN_IN_PAGES = 5;

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    private final ApplicationContext context;
    private final Environment environment;

    TrainingRun(ApplicationContext context, Environment environment) {
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = train();
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }

    /** Requests the sign-in page {@link #SIGN_IN_PAGES} times; 0 when each answered 200, else {@link #FAILED}. */
    int train() {
        // Set by Spring Boot once the web server listens, also for --server.port=0.
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (port == null) {
            log.error("Training run: no web server is listening, nothing to train");
            return FAILED;
        }
        URI signIn = URI.create("http://127.0.0.1:" + port + "/login");
        try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            for (int i = 0; i < SIGN_IN_PAGES; i++) {
                int status = http.send(HttpRequest.newBuilder(signIn).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    log.error("Training run: {} answered {}, not 200", signIn, status);
                    return FAILED;
                }
            }
        } catch (IOException e) {
            log.error("Training run: {} did not answer: {}", signIn, e.toString());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
        log.info("Training run: the sign-in page answered {} times; exiting so that the JVM writes its AOT cache",
                SIGN_IN_PAGES);
        return 0;
    }
}
