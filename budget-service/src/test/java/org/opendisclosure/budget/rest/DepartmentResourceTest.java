package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.budget.repository.DepartmentEntity;
import org.opendisclosure.budget.repository.DepartmentRepository;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.RawHttp;
import org.opendisclosure.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class DepartmentResourceTest {

    @Inject
    DepartmentRepository departments;

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static ObjectNode department(String name) {
        ObjectNode doc = TestData.sample("department");
        doc.put("name", name);
        return doc;
    }

    private static void put(String id, ObjectNode doc, int status) {
        put(id, doc, 2020, status);
    }

    private static void put(String id, ObjectNode doc, int year, int status) {
        TestData.putOrganization(id, year, doc, status);
    }

    @Test
    void aDepartmentIsOneIdentityNamedByItsLatestYear() {
        String id = TestData.freshDepartmentId("130601");
        given().get("/api/v1/departments/{id}", id).then().statusCode(404);
        put(id, department("测试局"), 2020, 201);
        String first = given().get("/api/v1/departments/{id}", id).then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("id", equalTo(id))
                .body("divisionCode", equalTo("130601"))
                .body("code", equalTo(id.substring(7)))
                .body("name", equalTo("测试局"))
                .body("divisionName", equalTo("阜平县"))
                .body("fiscalYears", contains(2020))
                .extract().header("ETag");
        given().header("If-None-Match", first).get("/api/v1/departments/{id}", id).then().statusCode(304);

        ObjectNode renamed = department("测试局（更名）");
        renamed.put("divisionName", "阜平县（新）");
        put(id, renamed, 2021, 201);
        given().get("/api/v1/departments/{id}", id).then().statusCode(200)
                .body("name", equalTo("测试局（更名）")).body("divisionName", equalTo("阜平县（新）"))
                .body("fiscalYears", contains(2020, 2021));
        given().header("If-None-Match", first).get("/api/v1/departments/{id}", id).then().statusCode(200);

        // An earlier year's part 一 does not rename the department; its latest year's does.
        put(id, department("测试局（旧名）"), 2019, 201);
        given().get("/api/v1/departments/{id}", id).then().statusCode(200)
                .body("name", equalTo("测试局（更名）")).body("fiscalYears", contains(2019, 2020, 2021));
        put(id, department("测试局（再更名）"), 2021, 200);
        given().get("/api/v1/departments/{id}", id).then().statusCode(200)
                .body("name", equalTo("测试局（再更名）")).body("divisionName", equalTo("阜平县"));
        given().queryParam("division", "130601").queryParam("name", "再更名").get("/api/v1/departments").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].fiscalYear", equalTo(2021))
                .body("items[0].revision", equalTo(2));
    }

    /**
     * A department whose part 一 predates keeping it per year, and had no budget to give it a year
     * (V4 leaves such a department its identity only): it is still listed, found and read.
     */
    @Test
    void aDepartmentWithoutAYearOfPartOneIsStillListedAndRead() {
        String id = TestData.freshDepartmentId("130614");
        QuarkusTransaction.requiringNew().run(() -> {
            DepartmentEntity department = new DepartmentEntity();
            department.divisionCode = "130614";
            department.code = id.substring(7);
            department.name = "旧档局";
            department.divisionName = "阜平县";
            departments.persist(department);
        });
        given().get("/api/v1/departments/{id}", id).then().statusCode(200)
                .body("name", equalTo("旧档局")).body("fiscalYears", hasSize(0));
        given().queryParam("division", "130614").get("/api/v1/departments").then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].fiscalYear", nullValue()).body("items[0].revision", nullValue())
                .body("items[0].unitCount", equalTo(0));
        String csv = given().accept("text/csv").queryParam("division", "130614").get("/api/v1/departments")
                .then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(CsvText.lines(csv)[1]).startsWith(id + ",130614," + id.substring(7) + ",旧档局,阜平县,");
        given().get(TestData.ORGANIZATION, id, 2020).then().statusCode(404);

        // Its first part 一 of a year gives it that year, and its name.
        put(id, department("新档局"), 2021, 201);
        given().get("/api/v1/departments/{id}", id).then().statusCode(200)
                .body("name", equalTo("新档局")).body("fiscalYears", contains(2021));
    }

    /** Part 一 is written per year now; the department-wide write and its revisions are gone. */
    @Test
    void theDepartmentItselfTakesNoWrite() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
        String id = TestData.departmentWithOrganization("130602");
        given().contentType("application/json").body(TestData.write(department("无"))).put("/api/v1/departments/{id}", id)
                .then().statusCode(405);
        given().get("/api/v1/departments/{id}/revisions", id).then().statusCode(404);
    }

    @Test
    void listSearchesByDivisionAndNameFragment() {
        String a = TestData.freshDepartmentId("131001");
        String b = TestData.freshDepartmentId("131001");
        String c = TestData.freshDepartmentId("131002");
        put(a, department("搜索县财政局"), 201);
        put(a, department("搜索县财政局（旧名）"), 2019, 201);
        put(b, department("搜索县教育局"), 201);
        put(c, department("邻县财政局"), 201);

        given().queryParam("division", "131001").get("/api/v1/departments").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.id", org.hamcrest.Matchers.contains(a, b));
        given().queryParam("division", "1310").queryParam("name", "财政").get("/api/v1/departments").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.name", org.hamcrest.Matchers.contains("搜索县财政局", "邻县财政局"));
        given().queryParam("division", "1310").queryParam("sort", "-name").queryParam("size", "1").queryParam("page", "2")
                .get("/api/v1/departments").then().statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"next\""))
                .body("page", equalTo(2)).body("size", equalTo(1)).body("totalPages", equalTo(3))
                .body("items", hasSize(1));
        given().queryParam("name", "100%_").get("/api/v1/departments").then().statusCode(200).body("totalItems", equalTo(0));

        String csv = given().accept("text/csv").queryParam("division", "131001").get("/api/v1/departments")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        String[] lines = CsvText.lines(csv);
        org.assertj.core.api.Assertions.assertThat(lines[0]).isEqualTo("id,divisionCode,code,name,divisionName,fiscalYear,unitCount,revision,revisedAt");
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(lines[1]).startsWith(a + ",131001,").contains(",搜索县财政局,阜平县,2020,1,1,");
    }

    @Test
    void aQueryInRawUtf8AsCurlSendsItIsReadAsIfPercentEncoded() throws Exception {
        String a = TestData.freshDepartmentId("132203");
        put(a, department("原样县财政局"), 201);
        put(TestData.freshDepartmentId("132203"), department("原样县教育局"), 201);

        // curl 'localhost:8080/api/v1/departments?name=财政' sends the three UTF-8 bytes of each character as they are.
        RawHttp.Answer raw = RawHttp.send(RestAssured.port, "GET /api/v1/departments?division=132203&name="
                + new String("财政".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        assertThat(raw.status()).as(raw.body()).isEqualTo(200);
        JsonNode page = TestData.parse(raw.body());
        assertThat(page.get("totalItems").asInt()).isEqualTo(1);
        assertThat(page.at("/items/0/id").asText()).isEqualTo(a);
        assertThat(page.at("/items/0/name").asText()).isEqualTo("原样县财政局");

        // Bytes that are no UTF-8 at all (GBK's 财政) cannot be mended: a problem naming the URI.
        RawHttp.Answer gbk = RawHttp.send(RestAssured.port, "GET /api/v1/departments?name="
                + new String("财政".getBytes(java.nio.charset.Charset.forName("GBK")), StandardCharsets.ISO_8859_1)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        assertThat(gbk.status()).isEqualTo(400);
        assertThat(gbk.header("Content-Type")).startsWith("application/problem+json");
        assertThat(TestData.parse(gbk.body()).at("/errors/0/field").asText()).isEqualTo("uri");
    }

    @Test
    void aMediaTypeAcceptGivesQZeroIsNeverTheAnswer() {
        String id = TestData.freshDepartmentId("132204");
        put(id, department("质量县财政局"), 201);

        given().accept("application/json;q=0").get("/api/v1/departments/{id}", id).then().statusCode(406)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Accept"));
        given().accept("*/*;q=0").get("/api/v1/departments/{id}", id).then().statusCode(406);
        given().accept("application/json;q=0.5").get("/api/v1/departments/{id}", id).then().statusCode(200)
                .contentType(startsWith("application/json")).body("id", equalTo(id));
        given().accept("text/*, */*;q=0").get("/api/v1/departments/{id}", id).then().statusCode(406);
        given().accept("application/json;q=0, text/csv").queryParam("division", "132204").get("/api/v1/departments")
                .then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void unknownDepartmentAndBadParametersAreProblems() {
        given().get("/api/v1/departments/{id}", "999999-1").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no department 999999-1"))
                .body("instance", equalTo("/api/v1/departments/999999-1"))
                .body(not(containsString("Exception")));
        given().queryParam("page", "zero").get("/api/v1/departments").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().queryParam("size", "5000").get("/api/v1/departments").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("division", "13a").get("/api/v1/departments").then().statusCode(400)
                .body("errors[0].field", equalTo("division"));
        given().queryParam("sort", "budget").get("/api/v1/departments").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().accept("application/xml").get("/api/v1/departments").then().statusCode(406)
                .contentType("application/problem+json");
    }
}
