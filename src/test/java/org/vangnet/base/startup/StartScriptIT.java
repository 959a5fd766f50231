package org.vangnet.base.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ops/start.sh}, the README's way to run the production jar (decision 053), on the jar this build
 * packaged, with an embedded database of its own under {@code target/start-script}: the first start
 * prepares (extracts the jar; the training run asks the application for {@code /login} and exits, and
 * the JVM writes its AOT cache), then runs the application from the extracted copy with the cache
 * mapped; the next start with the same jar and JVM runs with the cache at once, without training.
 */
class StartScriptIT {

    private static final Path PACKAGED = Path.of("target/vangnet.jar");
    private static final Path WORK = Path.of("target/start-script").toAbsolutePath();
    /** A copy under a release's name: the extracted jar is vangnet.jar whatever the jar is called. */
    private static final Path JAR = WORK.resolve("vangnet-1.0.jar");
    /** The default: beside the jar. */
    private static final Path APP_DIR = WORK.resolve("vangnet-app");
    private static final Path CACHE = APP_DIR.resolve("vangnet.aot");

    @BeforeAll
    static void freshWorkDirectory() throws IOException {
        assertThat(PACKAGED).as("the production jar: run through ./mvnw verify, which packages it first").exists();
        if (Files.exists(WORK)) {
            try (var walk = Files.walk(WORK)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(WORK);
        Files.copy(PACKAGED, JAR);
    }

    @Test
    void theFirstStartTrainsTheJvmsCacheAndEveryStartRunsTheExtractedJarWithIt() throws Exception {
        int databasePort = freePort();
        if (Runtime.version().feature() < 25) {
            // Vangnet builds and runs on JDK 21 (README); the one-step AOT cache needs 25. The script says
            // so and starts the jar as it is.
            Started plain = start("plain", databasePort);
            try {
                plain.awaitSignInPage();
                assertThat(plain.output()).contains("is not a JDK 25 or newer; starting the jar as it is");
                assertThat(plain.commandLine()).containsSubsequence("-jar", JAR.toString());
            } finally {
                plain.stop();
            }
            return;
        }

        Started first = start("first", databasePort);
        try {
            first.awaitSignInPage();
            assertThat(first.output()).contains("ops/start.sh: training run for the JVM's AOT cache", "AOT cache written");
            assertThat(Files.readString(APP_DIR.resolve("training.log")))
                    .contains("Training run: the sign-in page answered " + TrainingRun.SIGN_IN_PAGES + " times");
            assertThat(CACHE).exists();
            assertThat(first.mappedFiles()).as("the running JVM maps the cache").contains(CACHE.toString());
            assertThat(first.commandLine()).as("and runs the extracted jar")
                    .containsSubsequence("-jar", APP_DIR.resolve("vangnet.jar").toString());
        } finally {
            first.stop();
        }

        Started second = start("second", databasePort);
        try {
            second.awaitSignInPage();
            assertThat(second.output()).doesNotContain("training run", "preparing");
            assertThat(second.mappedFiles()).contains(CACHE.toString());
        } finally {
            second.stop();
        }
    }

    private Started start(String name, int databasePort) throws IOException {
        int port = freePort();
        Path data = WORK.resolve("data");
        Path output = WORK.resolve(name + ".log");
        var command = new ProcessBuilder("bash", "ops/start.sh", JAR.toString(),
                "--server.port=" + port,
                "--vangnet.database.embedded.port=" + databasePort,
                "--vangnet.database.embedded.data-directory=" + data.resolve("postgres"),
                "--vangnet.crypto.key-directory=" + data.resolve("keys"),
                "--vangnet.evidence.directory=" + data.resolve("evidence"),
                "--vangnet.audit.chain-head-directory=")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        command.environment().put("JAVA_HOME", System.getProperty("java.home"));
        command.environment().put("JDK_JAVA_OPTIONS", "-Xmx512m");
        return new Started(command.start(), port, output);
    }

    private record Started(Process process, int port, Path log) {

        void awaitSignInPage() {
            await("/login answers 200").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                    .failFast("the script ended; its output: " + log, () -> !process.isAlive())
                    .until(this::signInPageAnswers);
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        /** The process's command line: the script replaced itself with the JVM (exec), same process id. */
        List<String> commandLine() throws IOException {
            return List.of(Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline")).split("\0"));
        }

        /** The files the process has mapped: the script replaced itself with the JVM (exec), same process id. */
        List<String> mappedFiles() throws IOException {
            List<String> files = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "maps"))) {
                int slash = line.indexOf('/');
                if (slash >= 0) {
                    files.add(line.substring(slash));
                }
            }
            return files;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        private boolean signInPageAnswers() {
            try (var http = HttpClient.newHttpClient()) {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
