package org.opendisclosure.localdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** One database per service on an embedded PostgreSQL, as each service owns its data. */
public final class Databases {

    /**
     * What a server that keeps data must run with. The embedded server's defaults suit throw-away
     * test data: it starts with {@code -F} (no fsync) and {@code synchronous_commit=off}, so a commit
     * is acknowledged before it is on disk, and a crash or power cut can lose it: the revision number
     * a client was given would then be handed out again for other content.
     */
    public static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private Databases() {
    }

    /** The builder set up for data that is kept ({@link #DURABLE}); later {@code -c} settings win over {@code -F}. */
    public static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
        DURABLE.forEach(builder::setServerConfig);
        return builder;
    }

    /** @throws IllegalStateException unless the running server has every {@link #DURABLE} setting */
    public static void requireDurable(EmbeddedPostgres server) {
        try (Connection c = server.getPostgresDatabase().getConnection();
             Statement show = c.createStatement()) {
            for (Map.Entry<String, String> setting : DURABLE.entrySet()) {
                try (ResultSet rs = show.executeQuery("show " + setting.getKey())) {
                    String actual = rs.next() ? rs.getString(1) : null;
                    if (!setting.getValue().equals(actual)) {
                        throw new IllegalStateException("PostgreSQL runs with " + setting.getKey() + "=" + actual
                                + "; data kept with it could be lost in a crash");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL's settings could not be read", e);
        }
    }

    /** @return true when the database was created, false when it was already there */
    public static boolean createIfMissing(EmbeddedPostgres server, String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = server.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + name + " encoding 'UTF8'");
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("database " + name + " could not be created", e);
        }
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }
}
