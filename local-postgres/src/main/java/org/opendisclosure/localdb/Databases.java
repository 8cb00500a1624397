package org.opendisclosure.localdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** One database per service on an embedded PostgreSQL, as each service owns its data. */
public final class Databases {

    private Databases() {
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
