package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class DepartmentResourceTest {

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static ObjectNode department(String name) {
        ObjectNode doc = TestData.sample("department");
        doc.put("name", name);
        return doc;
    }

    private static String put(String id, ObjectNode doc, int status) {
        return given().contentType("application/json").body(TestData.write(doc))
                .put("/api/v1/departments/{id}", id)
                .then().statusCode(status).extract().header("ETag");
    }

    @Test
    void createReplaceAndReadRevisions() {
        String id = TestData.freshDepartmentId("130601");
        given().contentType("application/json").body(TestData.write(department("测试局")))
                .put("/api/v1/departments/{id}", id)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/departments/" + id))
                .header("ETag", notNullValue())
                .contentType(startsWith("application/json"))
                .body("id", equalTo(id))
                .body("divisionCode", equalTo("130601"))
                .body("name", equalTo("测试局"))
                .body("revision", equalTo(1));

        put(id, department("测试局（更名）"), 200);
        given().get("/api/v1/departments/{id}", id).then().statusCode(200)
                .body("name", equalTo("测试局（更名）")).body("revision", equalTo(2));

        // The same document again is not a new revision.
        given().contentType("application/json").body(TestData.write(department("测试局（更名）")))
                .put("/api/v1/departments/{id}", id).then().statusCode(200).body("revision", equalTo(2));

        given().get("/api/v1/departments/{id}/revisions", id).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.revision", org.hamcrest.Matchers.contains(2, 1))
                .body("items.current", org.hamcrest.Matchers.contains(true, false));
        given().get("/api/v1/departments/{id}/revisions/1", id).then().statusCode(200)
                .body("name", equalTo("测试局")).body("revision", equalTo(1));
        given().get("/api/v1/departments/{id}/revisions/3", id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("revisions are 1 to 2"));
    }

    @Test
    void behindTheGatewayLinksNameTheGateway() {
        String id = TestData.freshDepartmentId("130604");
        given().contentType("application/json").header("X-Forwarded-Host", "budget.example.gov.cn:8443")
                .header("X-Forwarded-Proto", "https").body(TestData.write(department("链接局")))
                .put("/api/v1/departments/{id}", id)
                .then().statusCode(201)
                .header("Location", equalTo("https://budget.example.gov.cn:8443/api/v1/departments/" + id));
    }

    @Test
    void conditionalReadsAndWrites() {
        String id = TestData.freshDepartmentId("130602");
        String created = put(id, department("条件局"), 201);
        String read = given().get("/api/v1/departments/{id}", id).then().statusCode(200).extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(read).isEqualTo(created);

        given().header("If-None-Match", read).get("/api/v1/departments/{id}", id)
                .then().statusCode(304).header("ETag", equalTo(read));
        given().header("If-None-Match", "W/" + read).get("/api/v1/departments/{id}", id).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get("/api/v1/departments/{id}", id).then().statusCode(200);

        given().contentType("application/json").header("If-Match", "\"stale\"").body(TestData.write(department("条件局二")))
                .put("/api/v1/departments/{id}", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412)).body("title", equalTo("Precondition failed"));
        given().get("/api/v1/departments/{id}", id).then().body("name", equalTo("条件局")).body("revision", equalTo(1));

        String replaced = given().contentType("application/json").header("If-Match", read).body(TestData.write(department("条件局二")))
                .put("/api/v1/departments/{id}", id)
                .then().statusCode(200).body("revision", equalTo(2)).extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(replaced).isNotEqualTo(read);

        // If-Match on a department that does not exist yet cannot match.
        given().contentType("application/json").header("If-Match", read).body(TestData.write(department("无")))
                .put("/api/v1/departments/{id}", TestData.freshDepartmentId("130602"))
                .then().statusCode(412);
    }

    @Test
    void listSearchesByDivisionAndNameFragment() {
        String a = TestData.freshDepartmentId("131001");
        String b = TestData.freshDepartmentId("131001");
        String c = TestData.freshDepartmentId("131002");
        put(a, department("搜索县财政局"), 201);
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
        String[] lines = csv.split("\n");
        org.assertj.core.api.Assertions.assertThat(lines[0]).isEqualTo("id,divisionCode,code,name,divisionName,unitCount,revision,revisedAt");
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(lines[1]).startsWith(a + ",131001,").contains(",搜索县财政局,阜平县,1,1,");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        String id = TestData.freshDepartmentId("130603");
        put(id, department("原名"), 201);

        ObjectNode invalid = department("");
        invalid.putArray("units");
        given().contentType("application/json").body(TestData.write(invalid)).put("/api/v1/departments/{id}", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:invalid-input"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("units"));

        ObjectNode badUnit = department("原名二");
        ((ObjectNode) badUnit.withArray("units").get(0)).put("code", "20-3");
        given().contentType("application/json").body(TestData.write(badUnit)).put("/api/v1/departments/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("units[0].code"));

        given().contentType("application/json").body("{\"name\": \"x\", \"nmae\": 1}").put("/api/v1/departments/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("nmae"))
                .body("errors[0].message", containsString("unknown field"));

        given().contentType("application/json").body("{\"name\": ").put("/api/v1/departments/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("detail", containsString("line 1"));

        given().contentType("text/plain").body("name=x").put("/api/v1/departments/{id}", id)
                .then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));

        given().contentType("application/json").body(TestData.write(department("x"))).put("/api/v1/departments/{id}", "203")
                .then().statusCode(400).body("errors[0].field", equalTo("departmentId"));

        given().get("/api/v1/departments/{id}", id).then().statusCode(200)
                .body("name", equalTo("原名")).body("revision", equalTo(1));
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
