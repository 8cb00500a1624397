package org.opendisclosure.budget.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;

/**
 * V4 on a database as V3 left it: one department-wide part 一 with two revisions and budgets for
 * two years, and a department with part 一 but no budget. Run by Flyway itself, in a database of
 * its own, up to V3, filled, then migrated to the end.
 */
class OrganizationPerYearMigrationTest {

    private static final String DATABASE = "budget_v3_migration";

    private static String url;
    private static String user;
    private static String password;

    @BeforeAll
    static void migrateAFilledV3Database() throws SQLException {
        connectToAFreshDatabase();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into department (division_code, code, name, current_revision) values
                        ('130699', '1', '迁移局', 2), ('130699', '2', '无预算局', 1);
                    insert into department_revision (department_id, revision, revised_at, content_hash, name, division_name,
                                                     duties_basis, duties_basis_document)
                    select d.id, v.revision, v.revised_at::timestamptz, v.hash, v.name, v.division_name, v.basis, v.basis_document
                    from department d join (values
                        ('1', 1, '2020-03-01 08:00:00.123456+00', 'hash-a-1', '迁移局（旧）', null, '根据旧文件', '阜办发[2004]36号'),
                        ('1', 2, '2021-04-02 09:30:00.654321+00', 'hash-a-2', '迁移局', '阜平县', '根据新文件', null),
                        ('2', 1, '2020-05-05 10:00:00+00', 'hash-b-1', '无预算局', '阜平县', null, null))
                        as v(code, revision, revised_at, hash, name, division_name, basis, basis_document)
                        on d.division_code = '130699' and d.code = v.code;
                    insert into department_revision_duty (revision_id, position, label, text)
                    select r.id, v.position, v.label, v.text
                    from department_revision r join department d on d.id = r.department_id join (values
                        ('1', 1, 0, '（一）', '旧职责一'), ('1', 1, 1, '（二）', '旧职责二'),
                        ('1', 2, 0, null, '新职责'),
                        ('2', 1, 0, '（一）', '无预算职责')) as v(code, revision, position, label, text)
                        on d.code = v.code and r.revision = v.revision;
                    insert into department_revision_unit (revision_id, position, sequence, code, name, nature, rank, funding_form)
                    select r.id, v.position, v.sequence, v.unit_code, v.name, v.nature, v.rank, v.funding
                    from department_revision r join department d on d.id = r.department_id join (values
                        ('1', 1, 0, 1, '203002', '旧单位', '行政', '正科级', '财政拨款'),
                        ('1', 2, 0, 1, '203002', '新单位甲', '行政', '正科级', '财政拨款'),
                        ('1', 2, 1, 2, null, '新单位乙', '事业', null, null),
                        ('2', 1, 0, null, null, '无预算单位', null, null, null))
                        as v(code, revision, position, sequence, unit_code, name, nature, rank, funding)
                        on d.code = v.code and r.revision = v.revision;
                    insert into budget (department_id, fiscal_year, current_revision)
                    select id, y, 1 from department, (values (2019), (2020)) as years(y) where code = '1';
                    """);
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
    }

    @Test
    void everyYearWithABudgetGetsEveryRevisionOfThePartOne() throws SQLException {
        List<String> revisions = rows("""
                select o.fiscal_year || ' ' || o.current_revision || ' ' || r.revision || ' ' || r.revised_at || ' '
                       || r.content_hash || ' ' || r.name || ' ' || coalesce(r.division_name, '-') || ' '
                       || coalesce(r.duties_basis, '-') || ' ' || coalesce(r.duties_basis_document, '-')
                from organization o join department d on d.id = o.department_id
                join organization_revision r on r.organization_id = o.id
                where d.division_code = '130699' order by o.fiscal_year, r.revision""");
        assertThat(revisions).containsExactly(
                "2019 2 1 2020-03-01 08:00:00.123456+00 hash-a-1 迁移局（旧） - 根据旧文件 阜办发[2004]36号",
                "2019 2 2 2021-04-02 09:30:00.654321+00 hash-a-2 迁移局 阜平县 根据新文件 -",
                "2020 2 1 2020-03-01 08:00:00.123456+00 hash-a-1 迁移局（旧） - 根据旧文件 阜办发[2004]36号",
                "2020 2 2 2021-04-02 09:30:00.654321+00 hash-a-2 迁移局 阜平县 根据新文件 -");
    }

    @Test
    void dutiesAndUnitsGoWithTheirRevisionInTheirOrder() throws SQLException {
        List<String> duties = rows("""
                select o.fiscal_year || ' ' || r.revision || ' ' || t.position || ' ' || coalesce(t.label, '-') || ' ' || t.text
                from organization o join organization_revision r on r.organization_id = o.id
                join organization_revision_duty t on t.revision_id = r.id
                order by o.fiscal_year, r.revision, t.position""");
        assertThat(duties).containsExactly(
                "2019 1 0 （一） 旧职责一", "2019 1 1 （二） 旧职责二", "2019 2 0 - 新职责",
                "2020 1 0 （一） 旧职责一", "2020 1 1 （二） 旧职责二", "2020 2 0 - 新职责");
        List<String> units = rows("""
                select o.fiscal_year || ' ' || r.revision || ' ' || u.position || ' ' || coalesce(u.sequence::text, '-') || ' '
                       || coalesce(u.code, '-') || ' ' || u.name || ' ' || coalesce(u.nature, '-') || ' '
                       || coalesce(u.rank, '-') || ' ' || coalesce(u.funding_form, '-')
                from organization o join organization_revision r on r.organization_id = o.id
                join organization_revision_unit u on u.revision_id = r.id
                order by o.fiscal_year, r.revision, u.position""");
        assertThat(units).containsExactly(
                "2019 1 0 1 203002 旧单位 行政 正科级 财政拨款",
                "2019 2 0 1 203002 新单位甲 行政 正科级 财政拨款", "2019 2 1 2 - 新单位乙 事业 - -",
                "2020 1 0 1 203002 旧单位 行政 正科级 财政拨款",
                "2020 2 0 1 203002 新单位甲 行政 正科级 财政拨款", "2020 2 1 2 - 新单位乙 事业 - -");
    }

    @Test
    void theDepartmentKeepsItsIdentityNamedByTheCurrentRevision() throws SQLException {
        assertThat(rows("""
                select code || ' ' || name || ' ' || coalesce(division_name, '-') || ' ' || coalesce(latest_year::text, '-')
                       || ' ' || legacy_revision
                from department where division_code = '130699' order by code"""))
                .containsExactly("1 迁移局 阜平县 2020 2", "2 无预算局 阜平县 - 1");
    }

    @Test
    void aPartOneWithoutAYearIsKeptInTheLegacyTables() throws SQLException {
        assertThat(rows("""
                select d.code || ' ' || r.revision || ' ' || r.content_hash || ' ' || r.name
                from department_revision_legacy r join department d on d.id = r.department_id order by d.code, r.revision"""))
                .containsExactly("1 1 hash-a-1 迁移局（旧）", "1 2 hash-a-2 迁移局", "2 1 hash-b-1 无预算局");
        assertThat(rows("select count(*) from department_revision_legacy_duty")).containsExactly("4");
        assertThat(rows("select count(*) from department_revision_legacy_unit")).containsExactly("4");
        assertThat(rows("""
                select count(*) from organization o join department d on d.id = o.department_id where d.code = '2'"""))
                .containsExactly("0");
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connection(); Statement s = c.createStatement()) {
            // Times in UTC whatever the server's zone, so that they read as written.
            s.execute("set time zone 'UTC'");
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * The test JVM's embedded server (or the database named in the environment's URL), and on it
     * a database no other test uses, created for this one.
     */
    private static void connectToAFreshDatabase() throws SQLException {
        EmbeddedPostgresResource resource = new EmbeddedPostgresResource();
        resource.init(Map.of("database", "postgres"));
        Map<String, String> settings = resource.start();
        String serverUrl = settings.getOrDefault("quarkus.datasource.jdbc.url", System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
        user = settings.getOrDefault("quarkus.datasource.username", System.getenv("QUARKUS_DATASOURCE_USERNAME"));
        password = settings.getOrDefault("quarkus.datasource.password", System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE + " encoding 'UTF8'");
        }
        url = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
    }
}
