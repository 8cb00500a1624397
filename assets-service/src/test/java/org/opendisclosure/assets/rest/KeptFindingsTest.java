package org.opendisclosure.assets.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opendisclosure.assets.rest.TestData.ASSETS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.assets.service.AssetsService;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.store.KeptFindingsStart;
import org.opendisclosure.store.PartKey;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/** The findings kept with each revision, as the year's counts show them. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class KeptFindingsTest {

    private static final String COUNTS = "/api/v1/fiscal-years/{year}/findings-counts";

    @Inject
    EntityManager entityManager;
    @Inject
    AssetsService assets;
    @Inject
    KeptFindingsStart start;

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    /** A 固定资产总额 one 分 over its parts (an error) and office space larger than the buildings (a warning). */
    private static ObjectNode withErrors() {
        ObjectNode doc = TestData.sample();
        doc.put("totalFixedAssets", new BigDecimal("82.23"));
        ((ObjectNode) doc.get("buildings")).put("area", new BigDecimal("100")).put("officeArea", new BigDecimal("120"));
        return doc;
    }

    private static void put(String id, ObjectNode doc, int status) {
        given().contentType("application/json").body(TestData.write(doc)).put(ASSETS, id, 2020).then().statusCode(status);
    }

    /** The department's item of the year's counts, or null when it has none. */
    private static JsonNode counts(String id) {
        JsonNode page = TestData.parse(given().queryParam("size", 1000).get(COUNTS, 2020).then().statusCode(200)
                .contentType("application/json").extract().asString());
        for (JsonNode item : page.get("items")) {
            if (item.get("departmentId").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    private static String summary(JsonNode counts) {
        return counts.get("error") + " " + counts.get("warning") + " " + counts.get("info") + " " + counts.get("revisions").asText();
    }

    @Test
    void aRevisionKeepsItsFindingsAnUnchangedWriteKeepsThemAndTheNextReplacesThem() {
        String id = TestData.freshDepartmentId("130624");
        assertThat(counts(id)).isNull();

        put(id, withErrors(), 201);
        assertThat(summary(counts(id))).isEqualTo("1 1 0 assets:1");

        put(id, withErrors(), 200);
        assertThat(summary(counts(id))).isEqualTo("1 1 0 assets:1");

        put(id, TestData.sample(), 200);
        assertThat(summary(counts(id))).isEqualTo("0 0 0 assets:2");
    }

    @Test
    void aDryRunKeepsNothing() {
        String id = TestData.freshDepartmentId("130624");
        put(id, TestData.sample(), 201);
        given().contentType("application/json").queryParam("dryRun", true).body(TestData.write(withErrors()))
                .put(ASSETS, id, 2020).then().statusCode(200);
        assertThat(summary(counts(id))).isEqualTo("0 0 0 assets:1");
    }

    @Test
    void keptCountsAgreeWithTheFindingsEndpoint() {
        String id = TestData.freshDepartmentId("130624");
        put(id, withErrors(), 201);
        JsonNode report = TestData.parse(given().get(ASSETS + "/findings", id, 2020).then().statusCode(200).extract().asString());
        JsonNode counts = counts(id);
        assertThat(counts.get("error")).isEqualTo(report.at("/counts/error"));
        assertThat(counts.get("warning")).isEqualTo(report.at("/counts/warning"));
        assertThat(counts.get("info")).isEqualTo(report.at("/counts/info"));
    }

    @Test
    void findingsMissingOrKeptUnderOtherRulesAreComputedAgainFromTheCurrentRevision() {
        String missing = TestData.freshDepartmentId("130624");
        String outdated = TestData.freshDepartmentId("130624");
        put(missing, withErrors(), 201);
        put(outdated, withErrors(), 201);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from kept_findings where division_code = '130624' and department_code = ?1")
                    .setParameter(1, missing.substring(7)).executeUpdate();
            entityManager.createNativeQuery("update kept_findings set rules_version = 'rules of an earlier release', error = 0, "
                            + "warning = 0 where division_code = '130624' and department_code = ?1")
                    .setParameter(1, outdated.substring(7)).executeUpdate();
        });
        assertThat(counts(missing)).isNull();
        assertThat(summary(counts(outdated))).isEqualTo("0 0 0 assets:1");
        assertThat(assets.unkept()).contains(key(missing), key(outdated));

        assertThat(start.keepUnkept()).isGreaterThanOrEqualTo(2);

        assertThat(assets.unkept()).isEmpty();
        assertThat(summary(counts(missing))).isEqualTo("1 1 0 assets:1");
        assertThat(summary(counts(outdated))).isEqualTo("1 1 0 assets:1");
    }

    @Test
    void aBadYearOrPageIsABadRequest() {
        given().get(COUNTS, 1999).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        given().queryParam("size", 0).get(COUNTS, 2020).then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    private static PartKey key(String id) {
        return new PartKey(DepartmentId.parse("departmentId", id), 2020);
    }
}
