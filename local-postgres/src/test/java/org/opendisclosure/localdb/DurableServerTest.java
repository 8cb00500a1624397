package org.opendisclosure.localdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableServerTest {

    @TempDir
    Path data;

    private static String show(EmbeddedPostgres server, String setting) throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aServerThatKeepsDataSyncsEveryCommitToDisk() throws Exception {
        try (EmbeddedPostgres server = Databases.durable(EmbeddedPostgres.builder()
                .setDataDirectory(data.resolve("pg")).setCleanDataDirectory(false)).start()) {
            assertThat(show(server, "fsync")).isEqualTo("on");
            assertThat(show(server, "synchronous_commit")).isEqualTo("on");
            assertThat(show(server, "full_page_writes")).isEqualTo("on");
            Databases.requireDurable(server);
        }
    }

    @Test
    void theEmbeddedDefaultsAreRefusedForKeptData() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            assertThat(show(server, "fsync")).isEqualTo("off");
            assertThatThrownBy(() -> Databases.requireDurable(server)).hasMessageContaining("could be lost");
        }
    }
}
