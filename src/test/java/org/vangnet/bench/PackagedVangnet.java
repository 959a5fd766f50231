package org.vangnet.bench;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The production jar ({@code target/vangnet.jar}) run as a process of its own with a fresh embedded
 * database under a work directory, for the scenarios that measure it from outside (decision 038, 043):
 * started on a port, waited for until ready, looked into with the JDK's {@code jcmd}, stopped.
 */
final class PackagedVangnet implements AutoCloseable {

    static final Path JAR = Path.of("target/vangnet.jar");
    /** The database port of a jar started against a database of the caller's ({@link #startAgainst}). */
    private static final int NO_EMBEDDED_DATABASE = -1;

    private final Process process;
    private final String base;
    private final int databasePort;

    private PackagedVangnet(Process process, int port, int databasePort) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
        this.databasePort = databasePort;
    }

    /** Starts the jar with an empty embedded database in {@code work/data}; its output goes to {@code work/app.log}. */
    static PackagedVangnet start(Path work, int port, int databasePort, String maxHeap) throws IOException {
        Path data = work.resolve("data");
        deleteRecursively(data);
        return launch(work, port, databasePort, maxHeap, List.of(
                "--vangnet.database.embedded.port=" + databasePort,
                "--vangnet.database.embedded.data-directory=" + data.resolve("postgres").toAbsolutePath(),
                "--vangnet.crypto.key-directory=" + data.resolve("keys").toAbsolutePath(),
                "--vangnet.evidence.directory=" + data.resolve("evidence").toAbsolutePath()));
    }

    /**
     * Starts the jar against a database that is already there and migrated, as an installation with an
     * external PostgreSQL runs (production mode, no embedded server), with the given further arguments
     * (its encryption keys among them); its output goes to {@code work/app.log}.
     */
    static PackagedVangnet startAgainst(Path work, int port, String jdbcUrl, List<String> arguments) throws IOException {
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
                "--vangnet.evidence.directory=" + work.resolve("evidence").toAbsolutePath()));
        all.addAll(arguments);
        return launch(work, port, NO_EMBEDDED_DATABASE, "1g", all);
    }

    private static PackagedVangnet launch(Path work, int port, int databasePort, String maxHeap, List<String> arguments)
            throws IOException {
        assertThat(JAR).as("the production jar: run through the Maven profile, which packages it first").exists();
        Files.createDirectories(work);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap));
        // -Dload.jvm-options="-XX:StartFlightRecording=filename=target/load/run.jfr": a profile of the server.
        String options = System.getProperty("load.jvm-options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port, "--vangnet.audit.chain-head-directory="));
        command.addAll(arguments);
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("app.log").toFile()).start();
        return new PackagedVangnet(process, port, databasePort);
    }

    String base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until readiness says UP, which is after the demo data has been written. */
    void awaitReady() {
        awaitReady(base);
    }

    static void awaitReady(String base) {
        await("the application ready").atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ready(base));
    }

    /** The embedded database as its superuser, for seeding what the scenario needs. */
    Connection database() throws SQLException {
        if (databasePort == NO_EMBEDDED_DATABASE) {
            throw new IllegalStateException("Started against the caller's database: connect to that one");
        }
        return database(databasePort);
    }

    static Connection database(int databasePort) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/vangnet", "postgres", "");
    }

    /** One diagnostic command of the running JVM, e.g. {@code GC.run} or {@code GC.class_histogram}. */
    static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        List<String> line = new ArrayList<>(List.of(jcmd, String.valueOf(pid)));
        line.addAll(List.of(command));
        var run = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    String jcmd(String... command) throws IOException, InterruptedException {
        return jcmd(pid(), command);
    }

    /** The heap after a full collection, as {@code GC.heap_info} reports it. */
    static String heapAfterFullCollection(long pid) {
        try {
            jcmd(pid, "GC.run");
            String info = jcmd(pid, "GC.heap_info");
            return info.lines().filter(l -> l.contains("total") && l.contains("used")).findFirst()
                    .map(String::strip).orElse(info.strip());
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static boolean ready(String base) {
        // Closed after each poll: an idle connection left open holds Tomcat's buffers (SessionHeapScenario).
        try (var http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
