package org.opendisclosure.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import org.opendisclosure.localdb.Databases;

/**
 * Gives a service's tests a real PostgreSQL: one embedded server per test JVM, one database per
 * service (init arg {@code database}). A JDBC URL in the environment wins, so the same tests can
 * run against any PostgreSQL. Every service's tests start here, so this is also where they become a
 * client that may write ({@link TestTokens#installDefault}).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestTokens.installDefault();
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        EmbeddedPostgres pg = server();
        Databases.createIfMissing(pg, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The server is shared by every test class of this JVM and closed when it exits.
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary cluster goes with it
                }
            }));
        }
        return server;
    }
}
