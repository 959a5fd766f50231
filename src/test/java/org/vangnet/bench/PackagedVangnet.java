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
    /** The database port of a jar started against a database of the caller's ({@link #startThroughScript}). */
    private static final int NO_EMBEDDED_DATABASE = -1;

    private final Process process;
    private final String base;
    private final int databasePort;
    /** {@link System#nanoTime()} just before the process was started. */
    private final long startedNanos;

    private PackagedVangnet(Process process, int port, int databasePort, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.base = "http://127.0.0.1:" + port;
        this.databasePort = databasePort;
    }

    /** Starts the jar with an empty embedded database in {@code work/data}; its output goes to {@code work/app.log}. */
    static PackagedVangnet start(Path work, int port, int databasePort, String maxHeap) throws IOException {
        requireJar(work);
        Path data = work.resolve("data");
        deleteRecursively(data);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap));
        command.addAll(jvmOptions());
        command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port,
                "--vangnet.database.embedded.port=" + databasePort,
                "--vangnet.database.embedded.data-directory=" + data.resolve("postgres").toAbsolutePath(),
                "--vangnet.crypto.key-directory=" + data.resolve("keys").toAbsolutePath(),
                "--vangnet.evidence.directory=" + data.resolve("evidence").toAbsolutePath(),
                "--vangnet.audit.chain-head-directory="));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile());
        long started = System.nanoTime();
        return new PackagedVangnet(builder.start(), port, databasePort, started);
    }

    private static void requireJar(Path work) throws IOException {
        assertThat(JAR).as("the production jar: run through the Maven profile, which packages it first").exists();
        Files.createDirectories(work);
    }

    /** -Dload.jvm-options="-XX:StartFlightRecording=filename=target/load/run.jfr": a profile of the server. */
    private static List<String> jvmOptions() {
        String options = System.getProperty("load.jvm-options", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /**
     * Prepares {@code ops/start.sh} for the jar against the caller's database, as an installation's first
     * start does (decision 053): the extracted copy in {@code work/app} and the JVM's AOT cache from a
     * training run. Not timed; its output goes to {@code work/prepare.log}.
     */
    static void prepareStartScript(Path work, String jdbcUrl, List<String> arguments)
            throws IOException, InterruptedException {
        var prepare = startScript(work, "--prepare", List.of(), jdbcUrl, arguments, "prepare.log").start();
        assertThat(prepare.waitFor(15, TimeUnit.MINUTES)).as("ops/start.sh --prepare ends").isTrue();
        assertThat(prepare.exitValue()).as("ops/start.sh --prepare; its output: " + work.resolve("prepare.log"))
                .isZero();
    }

    /**
     * Starts the jar as the README's "Production jar" runs it, through {@code ops/start.sh} with the cache
     * {@link #prepareStartScript} made, against the caller's database; its output goes to {@code work/app.log}.
     */
    static PackagedVangnet startThroughScript(Path work, int port, String jdbcUrl, List<String> arguments)
            throws IOException {
        var builder = startScript(work, null, List.of("--server.port=" + port), jdbcUrl, arguments, "app.log");
        long started = System.nanoTime();
        return new PackagedVangnet(builder.start(), port, NO_EMBEDDED_DATABASE, started);
    }

    private static ProcessBuilder startScript(Path work, String option, List<String> more, String jdbcUrl,
                                              List<String> arguments, String log) throws IOException {
        requireJar(work);
        List<String> command = new ArrayList<>(List.of("bash", "ops/start.sh"));
        if (option != null) {
            command.add(option);
        }
        command.add(JAR.toString());
        command.addAll(more);
        command.addAll(List.of("--vangnet.audit.chain-head-directory=", "--spring.datasource.url=" + jdbcUrl,
                "--vangnet.evidence.directory=" + work.resolve("evidence").toAbsolutePath()));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve(log).toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("VANGNET_APP_DIR", work.resolve("app").toAbsolutePath().toString());
        List<String> options = new ArrayList<>(List.of("-Xmx1g"));
        options.addAll(jvmOptions());
        builder.environment().put("JDK_JAVA_OPTIONS", String.join(" ", options));
        return builder;
    }

    /** Waits for the first 200 on /login and returns the milliseconds since the process was started. */
    double awaitSignInPage() {
        await("the sign-in page").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .failFast("the application stopped", () -> !process.isAlive())
                .until(() -> answers(base + "/login"));
        return (System.nanoTime() - startedNanos) / 1e6;
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
        return answers(base + "/actuator/health/readiness");
    }

    private static boolean answers(String address) {
        // Closed after each poll: an idle connection left open holds Tomcat's buffers (SessionHeapScenario).
        try (var http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(address))
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
