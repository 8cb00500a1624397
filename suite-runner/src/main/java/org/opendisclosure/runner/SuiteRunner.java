package org.opendisclosure.runner;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opendisclosure.localdb.Databases;

/**
 * Runs the whole suite locally: one embedded PostgreSQL whose cluster lives in {@code .data/}
 * (kept across runs), one database per service, every packaged service as a child process.
 * Loads the sample disclosure into an empty database. Ctrl-C stops the services, then PostgreSQL.
 */
public final class SuiteRunner {

    private final Path root;
    private final int postgresPort;
    private final List<RunningService> running = new ArrayList<>();
    private EmbeddedPostgres postgres;

    private SuiteRunner(Path root, int postgresPort) {
        this.root = root;
        this.postgresPort = postgresPort;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        int port = Integer.parseInt(System.getenv().getOrDefault("SUITE_POSTGRES_PORT", "54329"));
        SuiteRunner runner = new SuiteRunner(root, port);
        Runtime.getRuntime().addShutdownHook(new Thread(runner::stop, "suite-shutdown"));
        try {
            runner.start();
        } catch (Exception e) {
            System.err.println("[suite] could not start: " + e.getMessage());
            System.exit(1);
        }
        runner.awaitServices();
    }

    private void start() throws Exception {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Path jar = root.resolve(spec.module()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build first with ./mvnw install -DskipTests");
            }
            requireFreePort(spec.port(), spec.name());
        }
        requireFreePort(postgresPort, "PostgreSQL");

        Path dataDirectory = root.resolve(".data/postgres");
        Files.createDirectories(dataDirectory.getParent());
        log("PostgreSQL data in " + dataDirectory);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(postgresPort)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();

        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (spec.hasDatabase()) {
                createDatabaseIfMissing(spec.database());
            }
            running.add(launch(spec));
        }
        for (RunningService service : running) {
            service.awaitReady(Duration.ofSeconds(120));
        }
        SampleData.loadMissing(running);

        log("");
        log("The suite is running. Ctrl-C stops it.");
        running.stream().filter(s -> s.spec().isGateway()).forEach(gateway -> {
            log(String.format("  %-20s %s   <- the public entry point (API docs %s/q/swagger-ui)",
                    "gateway", gateway.baseUrl(), gateway.baseUrl()));
            log(String.format("  %-20s %s/api/v1/disclosures/130624-203/2020", "sample disclosure", gateway.baseUrl()));
        });
        for (RunningService service : running) {
            if (!service.spec().isGateway()) {
                log(String.format("  %-20s %s   (API docs %s/q/swagger-ui, OpenAPI %s/q/openapi)",
                        service.spec().name(), service.baseUrl(), service.baseUrl(), service.baseUrl()));
            }
        }
        log(String.format("  %-20s jdbc:postgresql://localhost:%d/<service database>  (user postgres, password postgres)",
                "PostgreSQL", postgresPort));
    }

    private RunningService launch(ServiceSpec spec) throws IOException {
        Path jar = root.resolve(spec.module()).resolve("target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx384m", "-jar", jar.toString());
        if (spec.hasDatabase()) {
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(spec.database()));
            builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        }
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        Thread pump = new Thread(() -> prefixOutput(spec.name(), process), spec.name() + "-output");
        pump.setDaemon(true);
        pump.start();
        log("started " + spec.name() + " (pid " + process.pid() + ") on port " + spec.port());
        return new RunningService(spec, process);
    }

    private void awaitServices() throws InterruptedException {
        for (RunningService service : running) {
            int status = service.process().waitFor();
            log(service.spec().name() + " exited with status " + status);
        }
    }

    /** Services first, so none of them sees the database vanish under a request; then PostgreSQL. */
    private synchronized void stop() {
        for (RunningService service : running) {
            service.process().destroy();
        }
        for (RunningService service : running) {
            try {
                if (!service.process().waitFor(20, TimeUnit.SECONDS)) {
                    service.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                service.process().destroyForcibly();
            }
        }
        running.clear();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("[suite] PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
            log("stopped; data kept in " + root.resolve(".data/postgres"));
        }
    }

    private void createDatabaseIfMissing(String name) {
        if (Databases.createIfMissing(postgres, name)) {
            log("created database " + name);
        }
    }

    private String jdbcUrl(String database) {
        return Databases.jdbcUrl(postgresPort, database);
    }

    private static void requireFreePort(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " for " + what + " is in use; is the suite already running?");
        }
    }

    private static void prefixOutput(String name, Process process) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.out.println("[" + name + "] " + line);
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void log(String message) {
        System.out.println("[suite] " + message);
    }
}
