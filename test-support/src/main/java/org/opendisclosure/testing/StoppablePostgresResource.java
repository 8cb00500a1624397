package org.opendisclosure.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.opendisclosure.localdb.Databases;

/**
 * A PostgreSQL of its own for a test that takes the database away from a running service and
 * gives it back: {@link #stopServer()} stops it as an outage would, {@link #startServer()} starts it
 * again on the same port with the same data, as a restart of the database would. Not shared with
 * other test classes (whose server must stay up), and kept as a real server keeps data.
 */
public class StoppablePostgresResource implements QuarkusTestResourceLifecycleManager {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres server;

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("outage-postgres");
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = free.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startServer();
        Databases.createIfMissing(server, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", Databases.jdbcUrl(port, database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** Starts the server (again), on its port, with the data it had. */
    public static synchronized void startServer() {
        if (server != null) {
            throw new IllegalStateException("the test database is running already");
        }
        try {
            server = Databases.durable(EmbeddedPostgres.builder())
                    .setDataDirectory(dataDirectory.resolve("pg"))
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("the test database did not start", e);
        }
    }

    /** Stops the server; its data stays. */
    public static synchronized void stopServer() {
        if (server == null) {
            throw new IllegalStateException("the test database is not running");
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the test database did not stop", e);
        } finally {
            server = null;
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            stopServer();
        }
    }
}
