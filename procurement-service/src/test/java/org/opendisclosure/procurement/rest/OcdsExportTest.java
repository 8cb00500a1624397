package org.opendisclosure.procurement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * The OCDS export, held to the official OCDS 1.1.5 release package schema (test resources
 * ocds/), read offline: the schema's reference to the release schema resolves to the local copy.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class OcdsExportTest {

    private static final String OCDS_SCHEMAS = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final Schema RELEASE_PACKAGE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                    registry -> registry
                            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                            .schemaIdResolvers(ids -> ids.mapPrefix(OCDS_SCHEMAS, "classpath:ocds/")))
            .getSchema(SchemaLocation.of(OCDS_SCHEMAS + "release-package-schema.json"));

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static List<String> violations(JsonNode releasePackage) {
        return RELEASE_PACKAGE.validate(TestData.write(releasePackage), InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static JsonNode export(String id, int year) {
        return TestData.parse(given().get(TestData.PROCUREMENT + "/ocds", id, year).then().statusCode(200)
                .contentType("application/json").extract().asString());
    }

    @Test
    void aYearsPlansAreOneValidReleasePackageOneReleaseEach() {
        String first = TestData.freshDepartmentId("150601");
        String second = TestData.freshDepartmentId("150601");
        TestData.put(first, 2038, TestData.sample()).statusCode(201);
        JsonNode latest = TestData.parse(TestData.put(second, 2038, TestData.sample()).statusCode(201).extract().asString());
        JsonNode ocds = TestData.parse(given().get("/api/v1/fiscal-years/{year}/ocds", 2038).then().statusCode(200)
                .contentType("application/json").extract().asString());

        assertThat(violations(ocds)).isEmpty();
        assertThat(ocds.get("uri").asText()).endsWith("/api/v1/fiscal-years/2038/ocds");
        assertThat(ocds.get("publishedDate").asText()).isEqualTo(latest.get("revisedAt").asText());
        assertThat(ocds.get("releases")).hasSize(2);
        assertThat(ocds.at("/releases/0/ocid").asText()).isEqualTo("ocds-test-budget-" + first + "-2038");
        assertThat(ocds.at("/releases/1/ocid").asText()).isEqualTo("ocds-test-budget-" + second + "-2038");
        assertThat(ocds.at("/releases/1")).isEqualTo(export(second, 2038).at("/releases/0"));

        given().get("/api/v1/fiscal-years/{year}/ocds", 2039).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/fiscal-years/{year}/ocds", "20x8").then().statusCode(400).body("errors[0].field",
                org.hamcrest.Matchers.equalTo("year"));
    }

    @Test
    void theFixturesPlanIsAValidOcdsReleasePackage() {
        String id = TestData.freshDepartmentId("130624");
        JsonNode written = TestData.parse(TestData.put(id, 2020, TestData.sample()).statusCode(201).extract().asString());
        JsonNode ocds = export(id, 2020);

        assertThat(violations(ocds)).isEmpty();

        assertThat(ocds.get("version").asText()).isEqualTo("1.1");
        assertThat(ocds.get("uri").asText()).endsWith("/api/v1/departments/" + id + "/procurement/2020/ocds");
        assertThat(ocds.get("publishedDate").asText()).isEqualTo(written.get("revisedAt").asText());
        assertThat(ocds.at("/publisher/name").asText()).isNotBlank();
        JsonNode release = ocds.at("/releases/0");
        assertThat(ocds.get("releases")).hasSize(1);
        assertThat(release.get("ocid").asText()).isEqualTo("ocds-test-budget-" + id + "-2020");
        assertThat(release.get("id").asText()).isEqualTo("procurement-2020-r1");
        assertThat(release.get("date").asText()).isEqualTo(written.get("revisedAt").asText());
        assertThat(release.get("tag").toString()).isEqualTo("[\"planning\"]");
        assertThat(release.at("/buyer/id").asText()).isEqualTo(id);
        assertThat(release.at("/buyer/name").asText()).isEqualTo("中共阜平县委组织部");
        assertThat(release.at("/parties/0/roles/0").asText()).isEqualTo("buyer");
        assertThat(release.at("/parties/0/id").asText()).isEqualTo(id);
        assertThat(release.at("/planning/rationale").asText()).isEqualTo("我部门2020年度政府采购预算107.57万元，详细如下：");
        // 107.57 万元 is 1,075,700 yuan, exactly.
        assertThat(release.at("/planning/budget/amount/amount").toString()).isEqualTo("1075700");
        assertThat(release.at("/planning/budget/amount/currency").asText()).isEqualTo("CNY");

        JsonNode tender = release.get("tender");
        assertThat(tender.get("status").asText()).isEqualTo("planning");
        assertThat(tender.get("mainProcurementCategory").asText()).isEqualTo("goods");
        JsonNode items = tender.get("items");
        assertThat(items).hasSize(14);
        JsonNode printing = items.get(3);
        assertThat(printing.get("id").asText()).isEqualTo("4");
        assertThat(printing.get("description").asText()).isEqualTo("印刷品");
        assertThat(printing.at("/classification/scheme").asText()).isEqualTo("CN-GPC");
        assertThat(printing.at("/classification/id").asText()).isEqualTo("A0802");
        assertThat(printing.get("quantity").toString()).isEqualTo("178.5");
        assertThat(printing.at("/unit/name").asText()).isEqualTo("册");
        assertThat(printing.at("/unit/value/amount").toString()).isEqualTo("200");
        assertThat(printing.at("/unit/value/currency").asText()).isEqualTo("CNY");
        assertThat(items.get(13).at("/unit/value/amount").toString()).isEqualTo("40000");
        assertThat(items.get(0).at("/unit/value/amount").toString()).isEqualTo("100");
    }

    @Test
    void anExplicitNoneIsAValidPackageWithoutItems() {
        String id = TestData.freshDepartmentId("130625");
        ObjectNode none = TestData.none();
        none.put("statedTotal", 0);
        TestData.put(id, 2020, none).statusCode(201);
        JsonNode ocds = export(id, 2020);
        assertThat(violations(ocds)).isEmpty();
        JsonNode release = ocds.at("/releases/0");
        assertThat(release.has("tender")).isFalse();
        assertThat(release.at("/planning/budget/amount/amount").toString()).isEqualTo("0");
        assertThat(release.at("/buyer/name").asText()).isEqualTo("无采购局");
    }

    @Test
    void aLineWithoutCodeOrUnitStaysValidAndANewRevisionIsANewRelease() {
        String id = TestData.freshDepartmentId("130626");
        ObjectNode doc = TestData.sample();
        ((ObjectNode) doc.get("lines").get(0)).putNull("catalogueCode").putNull("unit").putNull("unitPrice").putNull("quantity");
        doc.remove("departmentName");
        doc.remove("statedTotal");
        TestData.put(id, 2020, TestData.sample()).statusCode(201);
        TestData.put(id, 2020, doc).statusCode(200);
        JsonNode ocds = export(id, 2020);
        assertThat(violations(ocds)).isEmpty();
        JsonNode release = ocds.at("/releases/0");
        assertThat(release.get("id").asText()).isEqualTo("procurement-2020-r2");
        assertThat(release.at("/tender/items/0").has("classification")).isFalse();
        assertThat(release.at("/tender/items/0").has("unit")).isFalse();
        assertThat(release.at("/buyer/name").asText()).isEqualTo(id);
        // Without a stated total, the 合计 row's figure is the budget.
        assertThat(release.at("/planning/budget/amount/amount").toString()).isEqualTo("1075700");
    }

    /** The validation above means something only if the schema turns away what OCDS does not allow. */
    @Test
    void theSchemaRejectsPackagesThatBreakOcds() {
        String id = TestData.freshDepartmentId("130627");
        TestData.put(id, 2020, TestData.sample()).statusCode(201);
        JsonNode valid = export(id, 2020);
        assertThat(violations(valid)).isEmpty();

        assertThat(violations(broken(valid, p -> p.remove("publisher")))).isNotEmpty();
        assertThat(violations(broken(valid, p -> p.put("publishedDate", "2020年")))).isNotEmpty();
        assertThat(violations(broken(valid, p -> release(p).remove("initiationType")))).isNotEmpty();
        assertThat(violations(broken(valid, p -> release(p).putArray("tag").add("budget")))).isNotEmpty();
        assertThat(violations(broken(valid, p -> ((ObjectNode) release(p).at("/planning/budget/amount")).put("currency", "RMB"))))
                .isNotEmpty();
        assertThat(violations(broken(valid, p -> ((ObjectNode) release(p).at("/tender/items/0")).remove("id")))).isNotEmpty();
        assertThat(violations(broken(valid, p -> ((ObjectNode) release(p).at("/tender/items/0")).put("quantity", "151件"))))
                .isNotEmpty();
        assertThat(violations(broken(valid, p -> ((ObjectNode) release(p).get("tender")).put("status", "approved")))).isNotEmpty();
    }

    @Test
    void theExportHasAnETagAndUnknownDepartmentYearsAreNotFound() {
        String id = TestData.freshDepartmentId("130628");
        TestData.put(id, 2020, TestData.sample()).statusCode(201);
        String etag = given().get(TestData.PROCUREMENT + "/ocds", id, 2020).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(TestData.PROCUREMENT + "/ocds", id, 2020).then().statusCode(304);
        given().get(TestData.PROCUREMENT + "/ocds", id, 2021).then().statusCode(404).contentType("application/problem+json");
        given().get(TestData.PROCUREMENT + "/ocds", "not-an-id", 2020).then().statusCode(400);
    }

    private static ObjectNode broken(JsonNode valid, Consumer<ObjectNode> change) {
        ObjectNode copy = valid.deepCopy();
        change.accept(copy);
        return copy;
    }

    private static ObjectNode release(ObjectNode releasePackage) {
        return (ObjectNode) releasePackage.get("releases").get(0);
    }
}
